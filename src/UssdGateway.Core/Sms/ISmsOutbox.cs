namespace UssdGateway.Core.Sms;

/// <summary>Every outgoing SMS is a row first, then sent by the dispatcher.</summary>
public interface ISmsOutbox
{
    /// <summary>
    /// Records the message and returns its id; an idempotency key already recorded returns the existing id. The row is
    /// <c>queued</c>, except a <see cref="SmsKind.NonEssential"/> message to an opted-out number: recorded at once as
    /// <c>failed</c> with reason <see cref="OptedOutReason"/> (visible to staff, never sent).
    /// </summary>
    Task<long> EnqueueAsync(OutgoingSms message, CancellationToken cancellationToken = default);

    /// <summary>Records many messages in one transaction, each as <see cref="EnqueueAsync"/> would (keys already recorded are skipped).</summary>
    Task EnqueueManyAsync(IReadOnlyList<OutgoingSms> messages, CancellationToken cancellationToken = default);

    /// <summary>The failure reason of a non-essential message refused because its recipient opted out.</summary>
    public const string OptedOutReason = "opted out";
}
