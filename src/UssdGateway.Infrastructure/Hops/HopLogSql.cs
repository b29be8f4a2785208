using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>The hop log's insert, written once per dialect (Dapper runs it once per row, in one transaction).</summary>
internal sealed class HopLogSql
{
    private const string Columns = "at, provider, session_id, menu_id, menu_version, screen, input_kind, outcome, latency_ms, is_test";
    private const string Values = "@At, @Provider, @SessionId, @MenuId, @MenuVersion, @Screen, @InputKind, @Outcome, @LatencyMs, @IsTest";

    public static readonly HopLogSql Sqlite = new()
    {
        Insert = $"INSERT INTO ussd_hops ({Columns}) VALUES ({Values});",
    };

    public static readonly HopLogSql SqlServer = new()
    {
        Insert = $"INSERT INTO dbo.ussd_hops ({Columns}) VALUES ({Values});",
    };

    public required string Insert { get; init; }

    public static HopLogSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
