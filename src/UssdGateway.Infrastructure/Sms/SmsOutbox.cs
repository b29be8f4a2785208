using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Text;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Outgoing SMS in <c>sms_outbox</c>: recorded (queued, with its encoding and segments) before anything is sent, one row
/// per idempotency key; the dispatcher is woken at once. A non-essential message to an opted-out number is recorded
/// <c>failed</c> (reason <c>opted out</c>) by the same INSERT, so a STOP is honoured without a second round trip.
/// </summary>
public sealed class SmsOutbox : ISmsOutbox
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly SmsOutboxSignal _signal;
    private readonly SmsSql _sql;

    public SmsOutbox(IDbConnectionFactory connections, TimeProvider time, SmsOutboxSignal signal)
    {
        _connections = connections;
        _time = time;
        _signal = signal;
        _sql = SmsSql.For(connections.Dialect);
    }

    public async Task<long> EnqueueAsync(OutgoingSms message, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters(message);
        var id = await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(_sql.InsertOutbox, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.FindOutboxId, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        _signal.Notify();
        return id;
    }

    public async Task EnqueueManyAsync(IReadOnlyList<OutgoingSms> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) return;
        var rows = messages.Select(Parameters).ToList(); // every message checked before anything is written
        await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            foreach (var row in rows)
                await connection.ExecuteAsync(new CommandDefinition(_sql.InsertOutbox, row, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Count;
        }, cancellationToken).ConfigureAwait(false);
        _signal.Notify();
    }

    private object Parameters(OutgoingSms message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.RecipientE164);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text);
        if (message.IdempotencyKey.Length > 200) throw new ArgumentException("An idempotency key is at most 200 characters.", nameof(message));
        if (message.Text.Length > 1600) throw new ArgumentException("An SMS text is at most 1600 characters.", nameof(message));

        var measure = SmsSegments.Measure(message.Text);
        return new
        {
            message.IdempotencyKey,
            Recipient = DbText.Clip(message.RecipientE164, 16),
            message.Text,
            Encoding = measure.IsGsm7 ? "gsm7" : "ucs2",
            measure.Segments,
            Now = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow()),
            message.IsTest,
            Kind = message.Kind == SmsKind.Essential ? "essential" : "non_essential",
            OptedOut = ISmsOutbox.OptedOutReason,
        };
    }
}
