using Dapper;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>The per-screen funnel of a UTC day from <c>ussd_hops</c> (see <see cref="FunnelSql"/>), busiest screens first.</summary>
public sealed class FunnelReader : IFunnelReader
{
    private readonly IDbConnectionFactory _connections;
    private readonly FunnelSql _sql;

    public FunnelReader(IDbConnectionFactory connections)
    {
        _connections = connections;
        _sql = FunnelSql.For(connections.Dialect);
    }

    public async Task<IReadOnlyList<ScreenFunnelRow>> GetFunnelAsync(DateOnly day, string? menuId = null, CancellationToken cancellationToken = default)
    {
        var dialect = _connections.Dialect;
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var parameters = new
        {
            From = DbTimestamp.Write(dialect, from),
            To = DbTimestamp.Write(dialect, from.AddDays(1)),
            MenuId = string.IsNullOrWhiteSpace(menuId) ? null : menuId,
        };

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<FunnelRow>(
            new CommandDefinition(_sql.Select, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new ScreenFunnelRow(r.MenuId, r.Screen, checked((int)r.Entries), checked((int)r.DropOffs))).ToList();
    }

    /// <summary>A funnel row as Dapper reads it (counts are 64-bit in SQLite, 32-bit in SQL Server).</summary>
    private sealed class FunnelRow
    {
        public string MenuId { get; set; } = "";
        public string Screen { get; set; } = "";
        public long Entries { get; set; }
        public long DropOffs { get; set; }
    }
}
