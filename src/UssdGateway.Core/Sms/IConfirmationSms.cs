namespace UssdGateway.Core.Sms;

/// <summary>
/// Confirmation SMS after a person's own action (registration, training booking, sales report), queued from the USSD
/// actions: an outbox row only (never a provider call on the hop), <see cref="SmsKind.Essential"/>, in the person's
/// language, text from <c>sms.yaml</c>. The key makes a retried hop queue it once.
/// </summary>
public interface IConfirmationSms
{
    /// <summary>Queues the confirmation; false (logged, the action still succeeds) when it could not be recorded.</summary>
    Task<bool> QueueAsync(SmsConfirmation confirmation, CancellationToken cancellationToken = default);
}

/// <summary>
/// A confirmation to queue: template <paramref name="Template"/> of <c>sms.yaml</c> in <paramref name="Language"/>,
/// idempotency key <paramref name="IdempotencyKey"/> (<c>confirm:registration:{beneficiaryId}</c>). A test record
/// (<paramref name="IsTest"/>) is queued flagged <c>is_test</c>: the dispatcher hands it to the log sender only.
/// </summary>
public sealed record SmsConfirmation(
    string Template, string RecipientE164, string? Language, string IdempotencyKey, IReadOnlyDictionary<string, string> Values, bool IsTest);

/// <summary>Where no SMS is set up (menu tools of the CLI): confirmations are dropped.</summary>
public sealed class NoConfirmationSms : IConfirmationSms
{
    public static readonly NoConfirmationSms Instance = new();

    public Task<bool> QueueAsync(SmsConfirmation confirmation, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
