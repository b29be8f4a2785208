namespace UssdGateway.Core.Sms;

/// <summary>One SMS provider. Senders never throw for a provider's refusal or a network failure: they say what happened.</summary>
public interface ISmsSender
{
    /// <summary>The provider name used in configuration and in the outbox (<c>africastalking</c>, <c>twilio</c>, <c>log</c>).</summary>
    string Provider { get; }

    /// <summary>True when its configuration is complete; an unconfigured provider is never asked to send.</summary>
    bool IsConfigured { get; }

    Task<SmsSendResult> SendAsync(string recipientE164, string text, CancellationToken cancellationToken = default);
}
