using Dapper;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;

namespace UssdGateway.Infrastructure.Tests.Hops;

/// <summary>Hand-made hops, and direct access to the hop log's table.</summary>
internal static class Hops
{
    public static HopRecord At(
        DateTimeOffset at, string sessionId, string screen, HopOutcome outcome = HopOutcome.Continue,
        string menuId = "renapess", string provider = "africastalking", bool isTest = false,
        HopInputKind inputKind = HopInputKind.Choice) =>
        new(at, provider, sessionId, menuId, "sha256:4f2a9c", screen, inputKind, outcome, 12.5, isTest);

    /// <summary>Inserts hops in the order given (their ids follow it), in one transaction, as the hop log does.</summary>
    public static async Task InsertAsync(IDbConnectionFactory connections, IEnumerable<HopRecord> hops)
    {
        var rows = hops.Select(h => HopRow.From(h, connections.Dialect)).ToList();
        await using var connection = await connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(HopLogSql.For(connections.Dialect).Insert, rows, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>Rows in <c>ussd_hops</c>, or only those whose session id starts with <paramref name="sessionIdPrefix"/>.</summary>
    public static async Task<long> CountAsync(IDbConnectionFactory connections, string? sessionIdPrefix = null)
    {
        var table = connections.Dialect == SqlDialect.SqlServer ? "dbo.ussd_hops" : "ussd_hops";
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM {table} WHERE session_id LIKE @Pattern;", new { Pattern = (sessionIdPrefix ?? "") + "%" });
    }
}
