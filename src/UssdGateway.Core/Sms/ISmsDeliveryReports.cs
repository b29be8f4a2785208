namespace UssdGateway.Core.Sms;

/// <summary>Applies providers' delivery reports to the outbox.</summary>
public interface ISmsDeliveryReports
{
    /// <summary>Updates the message; false when no message has that provider id (or the report would step back from a final status).</summary>
    Task<bool> ApplyAsync(DeliveryReport report, CancellationToken cancellationToken = default);
}
