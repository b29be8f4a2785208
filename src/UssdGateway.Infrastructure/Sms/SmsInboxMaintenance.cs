using Dapper;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Staff tools over <c>sms_inbox</c> (<c>ussdgw inbox list | reprocess</c>): list rows by status, and put <c>failed</c>
/// rows back to <c>received</c> (error, outcome and processing time cleared) so <see cref="SmsInboxProcessor"/> handles
/// them again; its compare-and-set and idempotent replies make a second processing safe.
/// </summary>
public sealed class SmsInboxMaintenance(IDbConnectionFactory connections)
{
    private readonly SmsInboxMaintenanceSql _sql = SmsInboxMaintenanceSql.For(connections.Dialect);

    /// <summary>The newest rows first (of one status, or any when null), at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<InboxEntry>> ListAsync(string? status, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            new CommandDefinition(_sql.List, new { Status = status, Limit = Math.Max(1, limit) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    /// <summary>One row, or null when there is no such id.</summary>
    public async Task<InboxEntry?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(_sql.Get, new { Id = id }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return row?.ToEntry();
    }

    /// <summary>Puts failed rows back to <c>received</c>: the one given, or every failed row when null. Returns their ids.</summary>
    public async Task<IReadOnlyList<long>> RequeueFailedAsync(long? id, CancellationToken cancellationToken = default)
    {
        using var write = await connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(_sql.RequeueFailed, new { Id = id }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return [.. ids.Order()];
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Provider { get; init; } = "";
        public string FromRaw { get; init; } = "";
        public object ReceivedAt { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Outcome { get; init; }
        public string? Error { get; init; }
        public string Text { get; init; } = "";

        public InboxEntry ToEntry() => new(Id, Provider, FromRaw, DbTimestamp.Read(ReceivedAt), Status, Outcome, Error, Text);
    }
}
