namespace UssdGateway.Core.Text;

/// <summary>
/// Counts the parts an SMS is sent in. GSM-7: 160 septets in one part, else 153 per part (the rest carries the
/// concatenation header), an extension character (<c>^{}\[~]|€</c>) never split from its escape. UCS-2 (one
/// character outside GSM-7, such as Bambara <c>ɛ</c>): 70 characters in one part, else 67 per part, a surrogate
/// pair never split.
/// </summary>
public static class SmsSegments
{
    public const int Gsm7Single = 160;
    public const int Gsm7PerPart = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2PerPart = 67;

    public static SmsMeasure Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nonGsm = GsmAlphabet.IndexOfNonGsm(text);
        return nonGsm < 0 ? Gsm7(text) : Ucs2(text, nonGsm);
    }

    private static SmsMeasure Gsm7(string text)
    {
        var septets = 0;
        foreach (var c in text) septets += GsmAlphabet.SeptetCost(c);
        if (septets <= Gsm7Single) return new SmsMeasure(true, septets, 1, -1);
        var parts = 1;
        var used = 0;
        foreach (var c in text)
        {
            var cost = GsmAlphabet.SeptetCost(c);
            if (used + cost > Gsm7PerPart)
            {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return new SmsMeasure(true, septets, parts, -1);
    }

    private static SmsMeasure Ucs2(string text, int nonGsm)
    {
        if (text.Length <= Ucs2Single) return new SmsMeasure(false, text.Length, 1, nonGsm);
        var parts = 1;
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cost = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (used + cost > Ucs2PerPart)
            {
                parts++;
                used = 0;
            }
            used += cost;
            i += cost - 1;
        }
        return new SmsMeasure(false, text.Length, parts, nonGsm);
    }
}
