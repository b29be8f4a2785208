namespace UssdGateway.Core.Telemetry;

/// <summary>Tag (label) names on the gateway's metrics and spans.</summary>
public static class GatewayTagNames
{
    public const string Provider = "provider";
    public const string Outcome = "outcome";
    public const string Menu = "menu";
    public const string Screen = "screen";
    public const string Status = "status";
    public const string Code = "code";
    public const string Job = "job";

    /// <summary>On spans only (never a metric label: one value per caller).</summary>
    public const string SessionId = "ussd.session_id";
}
