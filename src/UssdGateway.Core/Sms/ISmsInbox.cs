namespace UssdGateway.Core.Sms;

/// <summary>Every inbound SMS, stored before the webhook answers; one row per (provider, provider message id).</summary>
public interface ISmsInbox
{
    /// <summary>Stores the message; false when the provider already delivered it (a retry): nothing is stored twice.</summary>
    Task<bool> StoreAsync(InboundSms message, CancellationToken cancellationToken = default);
}
