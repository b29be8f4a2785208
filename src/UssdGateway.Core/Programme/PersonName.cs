using System.Globalization;
using System.Text;

namespace UssdGateway.Core.Programme;

/// <summary>Names as people type them on a keypad: compared without case, accents or extra spaces.</summary>
public static class PersonName
{
    /// <summary>"  Awa  TRAORÉ " and "awa traore" give the same key "awa traore".</summary>
    public static string Key(string fullName)
    {
        var decomposed = fullName.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>Trims and collapses inner whitespace, keeping the caller's spelling.</summary>
    public static string Clean(string fullName) =>
        string.Join(' ', fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
