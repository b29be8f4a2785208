namespace UssdGateway.Channels.Security;

/// <summary><c>Webhooks:RateLimits</c>: how much one phone number may send through the webhooks per minute (<c>0</c>: no limit).</summary>
public sealed class WebhookRateLimitOptions
{
    public const string SectionName = "Webhooks:RateLimits";

    /// <summary>USSD hops per number per minute; past it the hop gets a polite <c>END</c> and the engine does not run.</summary>
    public int UssdHopsPerMinute { get; set; } = 60;

    /// <summary>Inbound SMS per number per minute; past it a message is stored but not answered.</summary>
    public int SmsPerMinute { get; set; } = 20;
}
