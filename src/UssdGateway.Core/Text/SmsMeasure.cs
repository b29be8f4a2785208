namespace UssdGateway.Core.Text;

/// <summary>The size of an SMS on the air: its encoding, its size and how many parts it is sent in.</summary>
/// <param name="IsGsm7">True when every character is in the GSM-7 alphabet.</param>
/// <param name="Size">Septets (GSM-7, extension characters count two) or UTF-16 units (UCS-2).</param>
/// <param name="Segments">Parts the message is sent (and billed) as.</param>
/// <param name="FirstNonGsmIndex">Where the first character that forced UCS-2 stands, or -1.</param>
public readonly record struct SmsMeasure(bool IsGsm7, int Size, int Segments, int FirstNonGsmIndex)
{
    public string EncodingName => IsGsm7 ? "GSM-7" : "UCS-2";

    /// <summary>What one part holds when the message is split: 153 septets or 67 characters.</summary>
    public int PerSegment => IsGsm7 ? SmsSegments.Gsm7PerPart : SmsSegments.Ucs2PerPart;

    /// <summary>What a single-part message holds: 160 septets or 70 characters.</summary>
    public int SingleLimit => IsGsm7 ? SmsSegments.Gsm7Single : SmsSegments.Ucs2Single;
}
