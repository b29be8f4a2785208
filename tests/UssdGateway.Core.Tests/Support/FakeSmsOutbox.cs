using Microsoft.Extensions.Logging.Abstractions;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Tests.Support;

/// <summary>The outbox as a list, one message per idempotency key; <see cref="Confirmations"/> queues into it with the shipped <c>sms.yaml</c>.</summary>
internal sealed class FakeSmsOutbox : ISmsOutbox
{
    private static readonly Lazy<SmsTemplates> ShippedTemplates = new(() => SmsTemplates.Load(Path.Combine(RepositoryPaths.Menus, "sms.yaml")));

    private readonly Lock _lock = new();

    public FakeSmsOutbox() => Confirmations = new ConfirmationSms(this, ShippedTemplates.Value, NullLogger<ConfirmationSms>.Instance);

    public List<OutgoingSms> Messages { get; } = [];

    public IConfirmationSms Confirmations { get; }

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
