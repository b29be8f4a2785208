using System.Globalization;

namespace UssdGateway.Core.Programme;

/// <summary>A calendar month for sales reports, written <c>YYYY-MM</c> (e.g. <c>2026-11</c>).</summary>
public readonly record struct SalesMonth : IComparable<SalesMonth>
{
    public SalesMonth(int year, int month)
    {
        if (year is < 2000 or > 2999) throw new ArgumentOutOfRangeException(nameof(year), year, "A sales month's year must be from 2000 to 2999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "A month must be from 1 to 12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The month holding <paramref name="date"/>.</summary>
    public static SalesMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The current month in Bamako.</summary>
    public static SalesMonth Current(TimeProvider time) => Of(BamakoTime.Today(time));

    public SalesMonth Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public SalesMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Reads <c>YYYY-MM</c> exactly (four digits, dash, two digits).</summary>
    public static bool TryParse(string? text, out SalesMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2999 || number is < 1 or > 12)
        {
            return false;
        }
        month = new SalesMonth(year, number);
        return true;
    }

    /// <summary>Reads <c>YYYY-MM</c>; a clear <see cref="FormatException"/> otherwise.</summary>
    public static SalesMonth Parse(string text) => TryParse(text, out var month)
        ? month
        : throw new FormatException($"A month is written YYYY-MM (e.g. 2026-11), not '{text}'.");

    public int CompareTo(SalesMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(SalesMonth left, SalesMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(SalesMonth left, SalesMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(SalesMonth left, SalesMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SalesMonth left, SalesMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);
}
