using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>
/// The number of outbox messages due and not yet sent, counted in the database at most every
/// <see cref="MetricsOptions.BacklogRefreshSeconds"/> (every instance reports the same shared outbox), for the
/// <c>ussdgw.sms.outbox.backlog</c> gauge. A scrape waits for a due count at most <see cref="ReadTimeout"/>, else gets the last one.
/// </summary>
internal sealed partial class OutboxBacklog(
    IDbConnectionFactory connections, TimeProvider time, IOptions<MetricsOptions> options, ILogger<OutboxBacklog> logger)
{
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private long _count;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private Task? _counting;

    /// <summary>The last count, refreshed first when older than the interval.</summary>
    public long Current()
    {
        Task counting;
        lock (_gate)
        {
            if (time.GetUtcNow() - _countedAt < TimeSpan.FromSeconds(Math.Max(0, options.Value.BacklogRefreshSeconds))) return _count;
            counting = _counting ??= Task.Run(CountAsync);
        }
        counting.Wait(ReadTimeout); // CountAsync never throws
        lock (_gate) return _count;
    }

    private async Task CountAsync()
    {
        long? count = null;
        try
        {
            await using var connection = await connections.OpenAsync().ConfigureAwait(false);
            count = await connection.ExecuteScalarAsync<long>(OutboxBacklogSql.For(connections.Dialect),
                new { Now = DbTimestamp.Write(connections.Dialect, time.GetUtcNow()) }).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogCountFailed(logger, e);
        }
        lock (_gate)
        {
            if (count is { } value) _count = value;
            _countedAt = time.GetUtcNow(); // after a failure too: the database is not asked again before the interval
            _counting = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMS outbox backlog could not be counted; the gauge keeps its last value")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
