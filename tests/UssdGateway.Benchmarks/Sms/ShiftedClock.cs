namespace UssdGateway.Benchmarks.Sms;

/// <summary>
/// A clock that starts at a chosen instant and then runs at real speed: the dispatcher and the reminders see the hour
/// the benchmark needs (daytime, or 18:00 for the eve reminders), and timers and delays still behave.
/// </summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
