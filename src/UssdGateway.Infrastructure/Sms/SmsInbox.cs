using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Inbound SMS in <c>sms_inbox</c>, one row per (provider, provider message id); text clipped to its column.</summary>
public sealed class SmsInbox : ISmsInbox
{
    private readonly IDbConnectionFactory _connections;
    private readonly SmsSql _sql;
    private readonly SmsInboxSignal? _signal;

    public SmsInbox(IDbConnectionFactory connections, SmsInboxSignal? signal = null)
    {
        _connections = connections;
        _signal = signal;
        _sql = SmsSql.For(connections.Dialect);
    }

    public async Task<bool> StoreAsync(InboundSms message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.ProviderMessageId);

        var dialect = _connections.Dialect;
        var parameters = new
        {
            Provider = DbText.Clip(message.Provider, 32),
            ProviderMessageId = DbText.Clip(message.ProviderMessageId, 128),
            From = DbText.Clip(message.From, 64),
            FromE164 = DbText.ClipOrNull(message.FromE164, 16),
            To = DbText.Clip(message.To, 64),
            Text = DbText.Clip(message.Text, 2000),
            LinkId = DbText.ClipOrNull(message.LinkId, 128),
            SentAt = message.SentAt is { } sentAt ? DbTimestamp.Write(dialect, sentAt) : null,
            ReceivedAt = DbTimestamp.Write(dialect, message.ReceivedAt),
            Status = message.FromE164 is null || message.IgnoredBecause is not null ? "ignored" : "received",
            Outcome = DbText.ClipOrNull(message.IgnoredBecause, 200),
        };

        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = await connection.ExecuteAsync(new CommandDefinition(_sql.InsertInbox, parameters, cancellationToken: cancellationToken))
                .ConfigureAwait(false) == 1;
            if (stored) _signal?.Notify(); // the processor takes it from here, off the request
            return stored;
        }
        catch (System.Data.Common.DbException e) when (DbErrors.IsDuplicateKey(e))
        {
            return false; // stored by a concurrent retry
        }
    }
}
