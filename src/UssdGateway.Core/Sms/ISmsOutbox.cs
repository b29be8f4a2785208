namespace UssdGateway.Core.Sms;

/// <summary>Every outgoing SMS is a row first, then sent by the dispatcher.</summary>
public interface ISmsOutbox
{
    /// <summary>Records the message (queued) and returns its id; an idempotency key already recorded returns the existing id.</summary>
    Task<long> EnqueueAsync(OutgoingSms message, CancellationToken cancellationToken = default);
}
