namespace UssdGateway.Core.Sms;

/// <summary>A provider's answer to one send: the outcome, its message id when accepted, and a reason otherwise.</summary>
public sealed record SmsSendResult(SmsSendOutcome Outcome, string? ProviderMessageId = null, string? Reason = null)
{
    /// <summary>The provider refused because the recipient opted out with it (Twilio 21610): the gateway records the opt-out too.</summary>
    public bool RecipientOptedOut { get; init; }

    /// <summary>The provider's own error code when it gave one (Africa's Talking <c>405</c>, Twilio <c>21610</c>), for metrics.</summary>
    public string? ErrorCode { get; init; }

    public static SmsSendResult Accepted(string? providerMessageId) => new(SmsSendOutcome.Accepted, providerMessageId);

    public static SmsSendResult Permanent(string reason) => new(SmsSendOutcome.Permanent, Reason: reason);

    public static SmsSendResult Retryable(string reason) => new(SmsSendOutcome.Retryable, Reason: reason);

    public static SmsSendResult Unknown(string reason) => new(SmsSendOutcome.Unknown, Reason: reason);
}
