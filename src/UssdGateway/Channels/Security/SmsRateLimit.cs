using UssdGateway.Core.Phones;

namespace UssdGateway.Channels.Security;

/// <summary>An inbound SMS over its sender's limit is still stored (never lost), marked so that it is not answered.</summary>
public static partial class SmsRateLimit
{
    public const string Outcome = "rate limited";

    /// <summary>Null when the message may be answered, else the inbox outcome <see cref="Outcome"/>. Counted by E.164 number when valid.</summary>
    public static string? Check(WebhookRateLimits limits, string from, string? fromE164, ILogger logger)
    {
        var phone = string.IsNullOrEmpty(fromE164) ? from : fromE164;
        var decision = limits.Sms.Acquire(phone);
        if (decision == RateDecision.Allowed) return null;
        if (decision == RateDecision.FirstRefused) LogLimited(logger, PhoneMask.Mask(phone), limits.Sms.PerMinute);
        return Outcome;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS from {Phone} over {PerMinute} a minute: stored, not answered, until the minute ends")]
    private static partial void LogLimited(ILogger logger, string phone, int perMinute);
}
