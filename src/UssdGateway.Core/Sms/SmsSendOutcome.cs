namespace UssdGateway.Core.Sms;

/// <summary>What a provider made of one send request.</summary>
public enum SmsSendOutcome
{
    /// <summary>Accepted (queued, processed or sent by the provider).</summary>
    Accepted,

    /// <summary>Refused for good (invalid number, blacklisted, bad sender id...): never retried.</summary>
    Permanent,

    /// <summary>Not sent, known not to have been accepted (connection refused, provider error): worth retrying, or another provider.</summary>
    Retryable,

    /// <summary>The request may have reached the provider (timeout after sending): not resent.</summary>
    Unknown,
}
