using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Tests.Sms;

/// <summary>The outbox as a list, one message per idempotency key (as the real one keeps them).</summary>
internal sealed class RecordingOutbox : ISmsOutbox
{
    private readonly Lock _lock = new();

    public List<OutgoingSms> Messages { get; } = [];

    public async Task EnqueueManyAsync(IReadOnlyList<OutgoingSms> messages, CancellationToken cancellationToken = default)
    {
        foreach (var message in messages) await EnqueueAsync(message, cancellationToken);
    }

    public Task<long> EnqueueAsync(OutgoingSms message, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var index = Messages.FindIndex(m => m.IdempotencyKey == message.IdempotencyKey);
            if (index < 0)
            {
                Messages.Add(message);
                index = Messages.Count - 1;
            }
            return Task.FromResult(index + 1L);
        }
    }
}
