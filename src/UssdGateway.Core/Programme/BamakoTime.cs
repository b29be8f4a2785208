namespace UssdGateway.Core.Programme;

/// <summary>
/// The programme's calendar: Bamako keeps UTC all year (no daylight saving), so a Bamako day is a UTC day.
/// Everything that speaks of "today" (PIN lockouts, overdue instalments, age bands, months that may be reported)
/// goes through here with the injected <see cref="TimeProvider"/>.
/// </summary>
public static class BamakoTime
{
    /// <summary>Bamako's offset from UTC (GMT, no daylight saving).</summary>
    public static readonly TimeSpan Offset = TimeSpan.Zero;

    /// <summary>The Bamako date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Today in Bamako.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow());
    }

    /// <summary>The first instant of a Bamako date, in UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The instant the Bamako day holding <paramref name="instant"/> ends (next midnight in Bamako), in UTC.</summary>
    public static DateTimeOffset EndOfDay(DateTimeOffset instant) => StartOf(DateOf(instant).AddDays(1));
}
