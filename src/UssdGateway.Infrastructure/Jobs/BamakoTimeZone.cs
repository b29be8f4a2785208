namespace UssdGateway.Infrastructure.Jobs;

/// <summary>Africa/Bamako from the system's time zone data, or UTC where that is missing (the same clock: UTC+0, no daylight saving).</summary>
public static class BamakoTimeZone
{
    public static readonly TimeZoneInfo Instance = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Africa/Bamako");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
