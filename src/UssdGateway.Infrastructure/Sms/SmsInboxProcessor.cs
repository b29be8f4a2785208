using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Processes stored inbound SMS (status <c>received</c>) through <see cref="SmsKeywordHandler"/>, oldest first, and marks
/// each <c>processed</c> or <c>ignored</c> (with its outcome) or <c>failed</c> (with its error) by a compare-and-set UPDATE
/// (<c>WHERE status = 'received'</c>): two processors at once mark a message once, and the handler's effects are
/// idempotent (replies keyed by the inbox id), so running twice sends one reply. A handling that masks the text (a PIN)
/// replaces the stored text in the same UPDATE; a failed message keeps its text, to be reprocessed.
/// </summary>
public sealed partial class SmsInboxProcessor
{
    private readonly IDbConnectionFactory _connections;
    private readonly IServiceProvider _services;
    private readonly IOptions<SmsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmsInboxProcessor> _logger;
    private readonly string _selectReceived;
    private readonly string _finish;

    public SmsInboxProcessor(
        IDbConnectionFactory connections, IServiceProvider services, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsInboxProcessor> logger)
    {
        _connections = connections;
        _services = services;
        _options = options;
        _time = time;
        _logger = logger;
        var sqlServer = connections.Dialect == SqlDialect.SqlServer;
        var table = sqlServer ? "dbo.sms_inbox" : "sms_inbox";
        _selectReceived = sqlServer
            ? """
              SELECT TOP (@Limit) id, from_e164, text, CAST(is_test AS BIGINT) FROM dbo.sms_inbox
              WHERE status = 'received' AND from_e164 IS NOT NULL ORDER BY id;
              """
            : """
              SELECT id, from_e164, text, is_test FROM sms_inbox
              WHERE status = 'received' AND from_e164 IS NOT NULL ORDER BY id LIMIT @Limit;
              """;
        _finish = $"""
            UPDATE {table} SET status = @Status, outcome = @Outcome, error = @Error, processed_at = @Now, text = COALESCE(@Text, text)
            WHERE id = @Id AND status = 'received';
            """;
    }

    /// <summary>Processes up to a batch of received messages; returns how many it looked at.</summary>
    public async Task<int> ProcessReceivedAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<(long Id, string From, string Text, long IsTest)> rows;
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            rows = (await connection.QueryAsync<(long, string, string, long)>(new CommandDefinition(_selectReceived,
                new { Limit = Math.Max(1, _options.Value.Inbox.BatchSize) }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        }
        if (rows.Count == 0) return 0;
        var handler = _services.GetRequiredService<SmsKeywordHandler>();
        foreach (var (id, from, text, isTest) in rows)
        {
            string status;
            string? outcome = null;
            string? error = null;
            string? redacted = null;
            try
            {
                var handling = await handler.HandleAsync(new InboxMessage(id, from, text, isTest != 0), cancellationToken).ConfigureAwait(false);
                status = handling.Processed ? "processed" : "ignored";
                outcome = DbText.Clip(handling.Outcome, 200);
                redacted = handling.RedactedText is null ? null : DbText.Clip(handling.RedactedText, 2000);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(_logger, e, id);
                status = "failed";
                error = DbText.Clip(e.GetType().Name + ": " + e.Message, 1000);
            }
            using var write = await _connections.EnterWriteAsync(CancellationToken.None).ConfigureAwait(false);
            await using var connection = await _connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(_finish, new
            {
                Id = id, Status = status, Outcome = outcome, Error = error, Text = redacted, Now = DbTimestamp.Write(_connections.Dialect, _time.GetUtcNow()),
            })).ConfigureAwait(false);
        }
        return rows.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound SMS {Id} could not be processed: marked failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, long id);
}
