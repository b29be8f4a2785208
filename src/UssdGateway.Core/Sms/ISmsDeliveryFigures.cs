namespace UssdGateway.Core.Sms;

/// <summary>Delivery figures of the SMS outbox for the staff console, test messages left out.</summary>
public interface ISmsDeliveryFigures
{
    /// <summary>Messages per provider (<c>none</c> while not handed to one) and status, created at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<SmsDeliveryCount>> GetAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
