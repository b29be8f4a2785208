namespace UssdGateway.Core.Text;

/// <summary>How much one USSD screen may hold: septets in GSM-7, characters in UCS-2.</summary>
/// <param name="Gsm7Septets">At most 182 (160 octets); 160 is the common safe target.</param>
/// <param name="Ucs2Chars">About 80 characters once one character needs UCS-2.</param>
public sealed record ScreenBudget(int Gsm7Septets = ScreenBudget.DefaultGsm7, int Ucs2Chars = ScreenBudget.DefaultUcs2)
{
    public const int DefaultGsm7 = 160;
    public const int MaxGsm7 = 182;
    public const int DefaultUcs2 = 80;

    public static readonly ScreenBudget Default = new();

    public int LimitFor(TextMeasure measure) => measure.IsGsm7 ? Gsm7Septets : Ucs2Chars;

    public bool Fits(TextMeasure measure) => measure.Size <= LimitFor(measure);
}
