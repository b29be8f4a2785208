using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Notices;

/// <summary>
/// Dates and months as the notices write them: French <c>lundi 7 déc. 08h30</c>, <c>novembre 2026</c>; Bambara
/// <c>ntɛnɛ 7/12 08h30</c>, <c>11/2026</c> (Bamako time).
/// </summary>
public static class NoticeDates
{
    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] BambaraDays = ["kari", "ntɛnɛ", "tarata", "araba", "alamisa", "juma", "sibiri"];
    private static readonly string[] FrenchMonthsShort = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary><c>lundi 7 déc.</c> / <c>ntɛnɛ 7/12</c>.</summary>
    public static string Day(DateOnly date, string language) => language == "bm"
        ? string.Create(CultureInfo.InvariantCulture, $"{BambaraDays[(int)date.DayOfWeek]} {date.Day}/{date.Month}")
        : string.Create(CultureInfo.InvariantCulture, $"{FrenchDays[(int)date.DayOfWeek]} {date.Day} {FrenchMonthsShort[date.Month - 1]}");

    /// <summary><c>lundi 7 déc. 08h30</c> / <c>ntɛnɛ 7/12 08h30</c>, in Bamako time.</summary>
    public static string DayAndTime(DateTimeOffset instant, string language)
    {
        var local = instant.ToOffset(BamakoTime.Offset);
        return Day(DateOnly.FromDateTime(local.DateTime), language) + string.Create(CultureInfo.InvariantCulture, $" {local.Hour:D2}h{local.Minute:D2}");
    }

    /// <summary><c>novembre 2026</c> / <c>11/2026</c>.</summary>
    public static string Month(SalesMonth month, string language) => language == "bm"
        ? string.Create(CultureInfo.InvariantCulture, $"{month.Month}/{month.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{FrenchMonths[month.Month - 1]} {month.Year}");

    /// <summary>The instant of a Bamako date and time of day.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => BamakoTime.StartOf(day) + time.ToTimeSpan();
}
