namespace UssdGateway.Core.Sms;

/// <summary>A provider's answer to one send: the outcome, its message id when accepted, and a reason otherwise.</summary>
public sealed record SmsSendResult(SmsSendOutcome Outcome, string? ProviderMessageId = null, string? Reason = null)
{
    public static SmsSendResult Accepted(string? providerMessageId) => new(SmsSendOutcome.Accepted, providerMessageId);

    public static SmsSendResult Permanent(string reason) => new(SmsSendOutcome.Permanent, Reason: reason);

    public static SmsSendResult Retryable(string reason) => new(SmsSendOutcome.Retryable, Reason: reason);

    public static SmsSendResult Unknown(string reason) => new(SmsSendOutcome.Unknown, Reason: reason);
}
