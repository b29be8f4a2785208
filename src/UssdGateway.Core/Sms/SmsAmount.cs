using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>An amount over the words of an SMS (already upper case), as <see cref="SmsKeywordRouter"/> reads it.</summary>
public static class SmsAmount
{
    private static readonly string[] Currencies = ["FCFA", "XOF", "F"];

    /// <summary>
    /// One amount over all the words: plain digits, or digits grouped by thousands with spaces or dots (<c>150 000</c>,
    /// <c>1.500.000</c>: a first group of 1 to 3 digits, then groups of exactly 3), optionally followed by a currency
    /// (<c>150000F</c>, <c>150.000F</c>, <c>150000 FCFA</c>); null for anything else or above <see cref="Xof.Max"/>.
    /// </summary>
    public static long? TryRead(ReadOnlySpan<string> words)
    {
        if (words.Length == 0) return null;
        var text = string.Join(' ', words.ToArray());
        foreach (var suffix in Currencies)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }
        if (text.Length == 0) return null;
        var groups = text.Split(' ', '.');
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit))) return null;
        if (groups.Length > 1 && (groups[0].Length > 3 || groups[1..].Any(g => g.Length != 3))) return null;
        return Xof.TryParse(string.Concat(groups), out var amount) ? amount : null;
    }
}
