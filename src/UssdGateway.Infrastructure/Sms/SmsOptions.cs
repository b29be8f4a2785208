namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The <c>Sms</c> section: providers (<c>Twilio</c>, <c>AfricasTalking</c>), <c>Routing</c> (number prefix → ordered
/// providers; the longest matching prefix wins, <c>default</c> for the rest), <c>Prices</c> (XOF per segment per
/// provider), <c>DailySpendCapXof</c> (0: no cap) and <c>StaffAlertNumbers</c>, <c>RateLimits</c>, <c>QuietHours</c>,
/// <c>Dispatch</c> and <c>Inbox</c>.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";
    public const string DefaultRoute = "default";

    public TwilioSmsOptions Twilio { get; set; } = new();

    public AfricasTalkingSmsOptions AfricasTalking { get; set; } = new();

    public Dictionary<string, string[]> Routing { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, decimal> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public decimal DailySpendCapXof { get; set; }

    /// <summary>Numbers of staff told (an essential SMS, once a day) when the daily spend cap stops sending.</summary>
    public string[] StaffAlertNumbers { get; set; } = [];

    /// <summary>Messages per second per provider from this instance (absent or 0: as fast as it answers).</summary>
    public Dictionary<string, double> RateLimits { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public SmsQuietHours QuietHours { get; set; } = new();

    public SmsDispatchOptions Dispatch { get; set; } = new();

    public SmsInboxOptions Inbox { get; set; } = new();

    /// <summary>The providers to try for a number, in order: the longest matching prefix's, else <c>default</c>'s, else none (the caller decides).</summary>
    public IReadOnlyList<string> RouteFor(string recipientE164)
    {
        var best = Routing
            .Where(r => !r.Key.Equals(DefaultRoute, StringComparison.OrdinalIgnoreCase) && recipientE164.StartsWith(Normalize(r.Key), StringComparison.Ordinal))
            .OrderByDescending(r => Normalize(r.Key).Length)
            .Select(r => r.Value)
            .FirstOrDefault();
        if (best is not null) return best;
        return Routing.TryGetValue(DefaultRoute, out var fallback) ? fallback : [];
    }

    /// <summary>Cost of a message in XOF; null when the provider has no price.</summary>
    public decimal? CostOf(string provider, int segments) =>
        Prices.TryGetValue(provider, out var perSegment) ? perSegment * segments : null;

    private static string Normalize(string prefix) => prefix.StartsWith('+') ? prefix : "+" + prefix;
}
