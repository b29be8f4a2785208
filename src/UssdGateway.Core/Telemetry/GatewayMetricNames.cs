namespace UssdGateway.Core.Telemetry;

/// <summary>
/// Instrument names of the <c>UssdGateway</c> meter. The Prometheus exporter writes dots as underscores, appends the
/// unit (<c>s</c> → <c>_seconds</c>) and <c>_total</c> to counters: <c>ussdgw.hops</c> is scraped as
/// <c>ussdgw_hops_total</c>, <c>ussdgw.hop.duration</c> as <c>ussdgw_hop_duration_seconds</c>. The alert rules in
/// <c>deploy/prometheus/</c> use the scraped names (listed in deploy/README.md).
/// </summary>
public static class GatewayMetricNames
{
    public const string Hops = "ussdgw.hops";
    public const string HopDuration = "ussdgw.hop.duration";
    public const string SessionsStarted = "ussdgw.sessions.started";
    public const string SessionsEnded = "ussdgw.sessions.ended";
    public const string SessionsTimedOut = "ussdgw.sessions.timed_out";
    public const string SmsSent = "ussdgw.sms.sent";
    public const string SmsProviderErrors = "ussdgw.sms.provider.errors";
    public const string SmsOutboxBacklog = "ussdgw.sms.outbox.backlog";
    public const string RedisUp = "ussdgw.redis.up";
    public const string JobDuration = "ussdgw.job.duration";
}
