using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>
/// A month as a sales SMS writes it (words already normalized: upper case, no accents): <c>11/2026</c>, <c>2026-11</c>,
/// or a French month name or abbreviation (<c>NOVEMBRE</c>, <c>NOV</c>, <c>NOV.</c>, <c>FEVRIER</c>, <c>AOUT</c>, <c>DEC</c>),
/// optionally followed by its year (<c>NOV 2026</c>). A name without a year is the most recent such month not after the
/// current one. A bare number is never a month (<c>VENTE 2 150000</c> names the second cooperative).
/// </summary>
public static class SmsMonthWords
{
    private static readonly Dictionary<string, int> Names = new(StringComparer.Ordinal)
    {
        ["JANVIER"] = 1, ["JANV"] = 1, ["JAN"] = 1,
        ["FEVRIER"] = 2, ["FEVR"] = 2, ["FEV"] = 2,
        ["MARS"] = 3, ["MAR"] = 3,
        ["AVRIL"] = 4, ["AVR"] = 4,
        ["MAI"] = 5,
        ["JUIN"] = 6,
        ["JUILLET"] = 7, ["JUILL"] = 7, ["JUIL"] = 7,
        ["AOUT"] = 8, ["AOU"] = 8,
        ["SEPTEMBRE"] = 9, ["SEPT"] = 9, ["SEP"] = 9,
        ["OCTOBRE"] = 10, ["OCT"] = 10,
        ["NOVEMBRE"] = 11, ["NOV"] = 11,
        ["DECEMBRE"] = 12, ["DEC"] = 12,
    };

    /// <summary>
    /// Reads a month at the start of <paramref name="words"/>: how many words it took (0: none), and the month.
    /// A year after a name is taken only when more words follow (<c>NOV 2026 150000</c>; <c>NOV 2026</c> alone is an amount).
    /// </summary>
    public static int ReadAtStart(ReadOnlySpan<string> words, SalesMonth current, out SalesMonth month)
    {
        month = default;
        if (words.Length == 0) return 0;
        if (TryNumeric(words[0], out month)) return 1;
        if (!TryName(words[0], out var number)) return 0;
        if (words.Length > 2 && TryYear(words[1], out var year))
        {
            month = new SalesMonth(year, number);
            return 2;
        }
        month = MostRecent(number, current);
        return 1;
    }

    /// <summary>Reads a month at the end of <paramref name="words"/> (<c>… NOV</c>, <c>… NOV 2026</c>, <c>… 11/2026</c>): how many words it took.</summary>
    public static int ReadAtEnd(ReadOnlySpan<string> words, SalesMonth current, out SalesMonth month)
    {
        month = default;
        if (words.Length == 0) return 0;
        if (TryNumeric(words[^1], out month)) return 1;
        if (TryName(words[^1], out var number))
        {
            month = MostRecent(number, current);
            return 1;
        }
        if (words.Length >= 2 && TryYear(words[^1], out var year) && TryName(words[^2], out number))
        {
            month = new SalesMonth(year, number);
            return 2;
        }
        return 0;
    }

    /// <summary>Whether the word is a month name or abbreviation (a trailing dot allowed).</summary>
    public static bool TryName(string word, out int number) => Names.TryGetValue(word.TrimEnd('.'), out number);

    /// <summary><c>MM/YYYY</c>, <c>M/YYYY</c> or <c>YYYY-MM</c>.</summary>
    public static bool TryNumeric(string word, out SalesMonth month)
    {
        if (SalesMonth.TryParse(word, out month)) return true;
        var parts = word.Split('/');
        return parts.Length == 2 && parts[0].Length is 1 or 2 && parts[1].Length == 4
            && SalesMonth.TryParse(parts[1] + "-" + parts[0].PadLeft(2, '0'), out month);
    }

    /// <summary>The most recent month of that number not after <paramref name="current"/> (this year's, else last year's).</summary>
    public static SalesMonth MostRecent(int number, SalesMonth current) =>
        new(number <= current.Month ? current.Year : current.Year - 1, number);

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 2000 and <= 2999;
}
