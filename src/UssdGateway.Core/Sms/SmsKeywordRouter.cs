using System.Globalization;
using System.Text;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms.Keywords;

namespace UssdGateway.Core.Sms;

/// <summary>
/// Reads an inbound SMS as a command. The first word is the keyword, looked up in the table of <c>sms.yaml</c>
/// (<see cref="SmsKeywords"/>), compared without case, accents or extra spaces, with one typing slip forgiven in words of
/// four letters or more (a letter missing, extra, wrong, or two swapped: <c>VNETE</c>, <c>STPO</c>), never in Twilio's
/// opt-out words. What follows the keyword:
/// <list type="bullet">
/// <item><c>VENTE [n] [month] &lt;amount&gt; [month]</c> and <c>CORRIGER</c> likewise: the month before or after the amount, as
/// <c>11/2026</c>, <c>2026-11</c>, <c>nov</c>, <c>nov.</c>, <c>novembre</c>, <c>nov 2026</c> (see <see cref="SmsMonthWords"/>); no
/// month = the last month (the report is for the month just ended); amounts <c>150000</c>, <c>150 000</c>, <c>150.000</c>,
/// <c>150.000F</c>, <c>150000 FCFA</c>, <c>0</c>. A leader of several cooperatives puts the cooperative's number (1 or 2 digits)
/// first: a bare number is never a month (a month is a name or carries its year), so <c>VENTE 2 nov 150000</c> is the second
/// cooperative's November and <c>VENTE 2 150 000</c> reads both ways (the handler picks by the cooperatives led).</item>
/// <item><c>INSCRIPTION &lt;name&gt;</c>: the rest of the text as typed (2 to 60 characters with a letter).</item>
/// <item><c>SOLDE &lt;PIN&gt;</c>: a 4-digit PIN.</item>
/// <item>anything unreadable after a known keyword → that command's usage kind; no keyword → <see cref="SmsCommandKind.Unknown"/>.</item>
/// </list>
/// </summary>
public sealed class SmsKeywordRouter(SmsKeywords keywords)
{
    /// <summary>Most characters of a name registered by SMS (as on the USSD menu).</summary>
    public const int MaxNameLength = 60;

    /// <summary>Reads <paramref name="text"/>; <paramref name="current"/> (the current Bamako month) resolves month names and the default month.</summary>
    public SmsCommand Parse(string? text, SalesMonth current)
    {
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return SmsCommand.Unknown;
        if (keywords.Match(words[0]) is not { } keyword) return SmsCommand.Unknown;
        var command = new SmsCommand(keyword.Kind, keyword.Word, Language: keyword.Language);
        return keyword.Kind switch
        {
            SmsCommandKind.Sales or SmsCommandKind.Correct => ParseSales(command, words[1..], current),
            SmsCommandKind.Register => ParseName(command, text!),
            SmsCommandKind.Balance => LoanPin.IsWellFormed(string.Concat(words[1..]))
                ? command with { Argument = string.Concat(words[1..]) }
                : command with { Kind = SmsCommandKind.BalanceUsage },
            _ => command,
        };
    }

    /// <summary>Upper case, accents removed, Bambara letters in their older spelling (ɛ→E, ɔ→O, ɲ→NY, ŋ→NG), every run of white space one space, trimmed.</summary>
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
            builder.Append(char.ToUpperInvariant(c) switch
            {
                'Ɛ' => "E",
                'Ɔ' => "O",
                'Ɲ' => "NY",
                'Ŋ' => "NG",
                var upper => upper.ToString(),
            });
        }
        return builder.ToString();
    }

    private static SmsCommand ParseSales(SmsCommand command, string[] words, SalesMonth current)
    {
        var usage = command with { Kind = command.Kind == SmsCommandKind.Sales ? SmsCommandKind.SalesUsage : SmsCommandKind.CorrectUsage };
        ReadOnlySpan<string> rest = words;
        int? leadingChoice = null;
        var taken = SmsMonthWords.ReadAtStart(rest, current, out var month);
        if (taken > 0)
        {
            rest = rest[taken..];
        }
        else if ((taken = SmsMonthWords.ReadAtEnd(rest, current, out month)) > 0)
        {
            rest = rest[..^taken];
        }
        else if (rest.Length >= 2 && TryChoice(rest[0], out var n) && (taken = SmsMonthWords.ReadAtStart(rest[1..], current, out month)) > 0)
        {
            leadingChoice = n; // VENTE 2 NOV 150000
            rest = rest[(1 + taken)..];
        }
        var resolved = taken > 0 ? month : current.Previous();

        if (leadingChoice is { } chosen)
        {
            return SmsAmount.TryRead(rest) is { } amount
                ? command with { Choice = chosen, ChoiceAmount = amount, Month = resolved }
                : usage;
        }
        var whole = SmsAmount.TryRead(rest);
        int? choice = null;
        long? choiceAmount = null;
        if (rest.Length >= 2 && TryChoice(rest[0], out var number) && SmsAmount.TryRead(rest[1..]) is { } afterChoice)
        {
            choice = number;
            choiceAmount = afterChoice;
        }
        return whole is null && choice is null
            ? usage
            : command with { Amount = whole, Choice = choice, ChoiceAmount = choiceAmount, Month = resolved };
    }

    private static bool TryChoice(string word, out int number) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out number) && word.Length <= 2 && number >= 1;

    /// <summary>The name is the rest of the text as typed (case and accents kept), white space collapsed.</summary>
    private static SmsCommand ParseName(SmsCommand command, string text)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end])) end++;
        var name = PersonName.Clean(trimmed[end..]);
        return name.Length <= MaxNameLength && PersonName.Key(name).Length >= 2 && name.Any(char.IsLetter)
            ? command with { Argument = name }
            : command with { Kind = SmsCommandKind.RegisterUsage };
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
