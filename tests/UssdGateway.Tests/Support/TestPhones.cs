namespace UssdGateway.Tests.Support;

/// <summary>Distinct valid Malian mobile numbers, so tests sharing a database never meet.</summary>
public static class TestPhones
{
    private static int _next = Random.Shared.Next(0, 500_000);

    /// <summary>A new +22376XXXXXX number.</summary>
    public static string Next() => "+22376" + (Interlocked.Increment(ref _next) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
