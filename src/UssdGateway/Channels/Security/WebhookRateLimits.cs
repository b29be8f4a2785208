using Microsoft.Extensions.Options;

namespace UssdGateway.Channels.Security;

/// <summary>The per-number limits of this instance: one counter for USSD hops, one for inbound SMS.</summary>
public sealed class WebhookRateLimits(IOptions<WebhookRateLimitOptions> options, TimeProvider time)
{
    public PhoneRateLimiter Ussd { get; } = new(options.Value.UssdHopsPerMinute, time);

    public PhoneRateLimiter Sms { get; } = new(options.Value.SmsPerMinute, time);
}
