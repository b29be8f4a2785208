namespace UssdGateway.Core.Text;

/// <summary>
/// The size of a text on the air: GSM-7 when every character is in the default alphabet
/// (<see cref="Septets"/> counts extension characters twice), else UCS-2 (<see cref="Units"/> UTF-16 units).
/// </summary>
/// <param name="FirstNonGsmIndex">Where the first character that forced UCS-2 stands, or -1.</param>
public readonly record struct TextMeasure(bool IsGsm7, int Septets, int Units, int FirstNonGsmIndex)
{
    public static readonly TextMeasure Empty = new(true, 0, 0, -1);

    /// <summary>The measure of two texts written one after the other.</summary>
    public TextMeasure Append(TextMeasure next) => new(
        IsGsm7 && next.IsGsm7,
        IsGsm7 && next.IsGsm7 ? Septets + next.Septets : 0,
        Units + next.Units,
        FirstNonGsmIndex >= 0 ? FirstNonGsmIndex : next.FirstNonGsmIndex >= 0 ? Units + next.FirstNonGsmIndex : -1);

    /// <summary>Size in the unit of its encoding: septets for GSM-7, characters for UCS-2.</summary>
    public int Size => IsGsm7 ? Septets : Units;

    public string EncodingName => IsGsm7 ? "GSM-7" : "UCS-2";
}
