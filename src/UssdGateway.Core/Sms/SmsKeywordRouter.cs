using System.Globalization;
using System.Text;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>
/// Reads an inbound SMS as a command. The first word is the keyword, compared without case, accents or extra spaces,
/// and with one typing slip allowed (a letter missing, extra, wrong, or two letters swapped: <c>VNETE</c>, <c>STPO</c>).
/// <list type="bullet">
/// <item><c>STOP</c>, <c>ARRET</c>, <c>ARRÊT</c> and Twilio's opt-out words (<c>STOPALL</c>, <c>UNSUBSCRIBE</c>, <c>CANCEL</c>,
/// <c>END</c>, <c>QUIT</c>) → <see cref="SmsCommandKind.Stop"/>; <c>START</c>, <c>DEMARRER</c> → <see cref="SmsCommandKind.Start"/></item>
/// <item><c>AIDE</c>, <c>HELP</c>, <c>INFO</c> → <see cref="SmsCommandKind.Help"/></item>
/// <item><c>VENTE &lt;amount&gt; [YYYY-MM]</c> or <c>VENTE &lt;n&gt; &lt;amount&gt; [YYYY-MM]</c> → <see cref="SmsCommandKind.Sales"/>;
/// amounts as <c>150000</c>, <c>150 000</c>, <c>150.000</c>, optionally followed by <c>F</c>, <c>FCFA</c> or <c>XOF</c>;
/// the month also as <c>MM/YYYY</c></item>
/// <item>anything else → <see cref="SmsCommandKind.Unknown"/></item>
/// </list>
/// </summary>
public static class SmsKeywordRouter
{
    private static readonly (string Keyword, SmsCommandKind Kind, bool Slips)[] Keywords =
    [
        ("STOP", SmsCommandKind.Stop, true),
        ("ARRET", SmsCommandKind.Stop, true),
        ("STOPALL", SmsCommandKind.Stop, false),
        ("UNSUBSCRIBE", SmsCommandKind.Stop, false),
        ("CANCEL", SmsCommandKind.Stop, false),
        ("QUIT", SmsCommandKind.Stop, false),
        ("END", SmsCommandKind.Stop, false),
        ("START", SmsCommandKind.Start, true),
        ("DEMARRER", SmsCommandKind.Start, true),
        ("AIDE", SmsCommandKind.Help, true),
        ("HELP", SmsCommandKind.Help, true),
        ("INFO", SmsCommandKind.Help, true),
        ("VENTE", SmsCommandKind.Sales, true),
    ];

    public static SmsCommand Parse(string? text)
    {
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return SmsCommand.Unknown;
        var match = Match(words[0]);
        if (match is null) return SmsCommand.Unknown;
        var (keyword, kind) = match.Value;
        return kind == SmsCommandKind.Sales ? ParseSales(keyword, words[1..]) : new SmsCommand(kind, keyword);
    }

    /// <summary>Upper case, accents removed, every run of white space one space, trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    private static (string, SmsCommandKind)? Match(string word)
    {
        foreach (var entry in Keywords)
            if (entry.Keyword == word) return (entry.Keyword, entry.Kind);
        if (word.Length < 4) return null; // TOP is not STOP: one slip is allowed in longer words only
        foreach (var entry in Keywords)
            if (entry.Slips && Distance(entry.Keyword, word) <= 1) return (entry.Keyword, entry.Kind);
        return null; // Twilio's words (QUIT, CANCEL...) only as written: a slip must not opt anyone out
    }

    private static SmsCommand ParseSales(string keyword, string[] words)
    {
        SalesMonth? month = null;
        if (words.Length > 0 && TryMonth(words[^1], out var parsed))
        {
            month = parsed;
            words = words[..^1];
        }
        var amount = TryAmount(words);
        int? choice = null;
        long? choiceAmount = null;
        if (words.Length >= 2 && words[0].Length <= 2 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            && TryAmount(words[1..]) is { } rest)
        {
            choice = n;
            choiceAmount = rest;
        }
        return amount is null && choice is null
            ? new SmsCommand(SmsCommandKind.SalesUsage, keyword)
            : new SmsCommand(SmsCommandKind.Sales, keyword, amount, choice, choiceAmount, month);
    }

    /// <summary>
    /// One amount over the words: plain digits, or digits grouped by thousands with spaces or dots (<c>150 000</c>,
    /// <c>1.500.000</c>: a first group of 1 to 3 digits, then groups of exactly 3), optionally followed by a currency.
    /// </summary>
    private static long? TryAmount(string[] words)
    {
        if (words.Length == 0) return null;
        var text = string.Join(' ', words);
        foreach (var suffix in new[] { "FCFA", "XOF", "F" })
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

    private static bool TryMonth(string word, out SalesMonth month)
    {
        if (SalesMonth.TryParse(word, out month)) return true;
        var parts = word.Split('/');
        return parts.Length == 2 && parts[0].Length is 1 or 2 && parts[1].Length == 4
            && SalesMonth.TryParse(parts[1] + "-" + parts[0].PadLeft(2, '0'), out month);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return 2;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
