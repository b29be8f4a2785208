using System.Globalization;
using System.Text;

namespace UssdGateway.Core.Text;

/// <summary>
/// Writes a text with GSM-7 characters only, keeping it readable: Bambara in its older spelling
/// (ɛ→è, ɔ→ò, ɲ→ny, ŋ→ng), French letters without the accents GSM-7 lacks (ê→e, ç→c, ï→i, œ→oe),
/// typographic quotes and dashes made plain. A GSM-7 text holds twice as much as a UCS-2 one.
/// </summary>
public static class GsmTransliterator
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['ɛ'] = "è", ['Ɛ'] = "E", ['ɔ'] = "ò", ['Ɔ'] = "O", ['ɲ'] = "ny", ['Ɲ'] = "Ny", ['ŋ'] = "ng", ['Ŋ'] = "Ng",
        ['ç'] = "c", ['œ'] = "oe", ['Œ'] = "OE", ['æ'] = "æ",
        ['’'] = "'", ['‘'] = "'", ['ʼ'] = "'", ['“'] = "\"", ['”'] = "\"", ['«'] = "\"", ['»'] = "\"",
        ['–'] = "-", ['—'] = "-", ['…'] = "...", ['\u00A0'] = " ", ['\u202F'] = " ", ['\t'] = " ",
    };

    /// <summary>The text unchanged when it is GSM-7 already, else its GSM-7 rendering.</summary>
    public static string ToGsm(string text)
    {
        if (GsmAlphabet.IndexOfNonGsm(text) < 0) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (GsmAlphabet.SeptetCost(c) > 0) builder.Append(c);
            else if (Map.TryGetValue(c, out var replacement)) builder.Append(replacement);
            else builder.Append(WithoutAccent(c));
        }
        return builder.ToString();
    }

    private static string WithoutAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(2);
        foreach (var part in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark && GsmAlphabet.SeptetCost(part) > 0)
                builder.Append(part);
        return builder.Length > 0 ? builder.ToString() : "?";
    }
}
