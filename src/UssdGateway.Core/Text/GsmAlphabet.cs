using System.Buffers;

namespace UssdGateway.Core.Text;

/// <summary>GSM 03.38: which characters the 7-bit default alphabet holds and what each costs.</summary>
public static class GsmAlphabet
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>Characters of the extension table: an escape septet plus one, so two septets each.</summary>
    private const string Extension = "^{}\\[~]|€\f";

    private static readonly SearchValues<char> BasicSet = SearchValues.Create(Basic);
    private static readonly SearchValues<char> ExtensionSet = SearchValues.Create(Extension);
    private static readonly SearchValues<char> AllSet = SearchValues.Create(Basic + Extension);

    /// <summary>Septets the character costs in GSM-7, or 0 when GSM-7 cannot carry it.</summary>
    public static int SeptetCost(char c) => BasicSet.Contains(c) ? 1 : ExtensionSet.Contains(c) ? 2 : 0;

    /// <summary>Index of the first character GSM-7 cannot carry (the one that forces UCS-2), or -1.</summary>
    public static int IndexOfNonGsm(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(AllSet);

    /// <summary>Measures a text: its encoding, septets (GSM-7) and UTF-16 units (UCS-2).</summary>
    public static TextMeasure Measure(ReadOnlySpan<char> text)
    {
        var nonGsm = IndexOfNonGsm(text);
        if (nonGsm >= 0) return new TextMeasure(false, 0, text.Length, nonGsm);
        var septets = text.Length;
        var extra = text;
        int i;
        while ((i = extra.IndexOfAny(ExtensionSet)) >= 0)
        {
            septets++;
            extra = extra[(i + 1)..];
        }
        return new TextMeasure(true, septets, text.Length, -1);
    }
}
