using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// The hop log's inserts, written once per dialect: <see cref="Insert"/> takes one row (Dapper runs it per row);
/// <see cref="InsertBatch"/> takes a whole batch as one JSON array in <c>@Rows</c> (see <see cref="HopBatchJson"/>)
/// and lets the database unpack it (SQLite <c>json_each</c>, SQL Server <c>OPENJSON</c>): one statement and one
/// bound parameter per batch instead of one statement and ten parameters per row.
/// </summary>
internal sealed class HopLogSql
{
    private const string Columns = "at, provider, session_id, menu_id, menu_version, screen, input_kind, outcome, latency_ms, is_test";
    private const string Values = "@At, @Provider, @SessionId, @MenuId, @MenuVersion, @Screen, @InputKind, @Outcome, @LatencyMs, @IsTest";

    public static readonly HopLogSql Sqlite = new()
    {
        Insert = $"INSERT INTO ussd_hops ({Columns}) VALUES ({Values});",
        InsertBatch = $"""
            INSERT INTO ussd_hops ({Columns})
            SELECT json_extract(value, '$.a'), json_extract(value, '$.p'), json_extract(value, '$.s'),
                   json_extract(value, '$.m'), json_extract(value, '$.v'), json_extract(value, '$.c'),
                   json_extract(value, '$.i'), json_extract(value, '$.o'), json_extract(value, '$.l'),
                   json_extract(value, '$.t')
            FROM json_each(@Rows);
            """,
    };

    public static readonly HopLogSql SqlServer = new()
    {
        Insert = $"INSERT INTO dbo.ussd_hops ({Columns}) VALUES ({Values});",
        InsertBatch = $"""
            INSERT INTO dbo.ussd_hops ({Columns})
            SELECT a, p, s, m, v, c, i, o, l, t
            FROM OPENJSON(@Rows) WITH (
                a datetimeoffset(7) '$.a', p nvarchar(32) '$.p', s nvarchar(128) '$.s', m nvarchar(64) '$.m',
                v nvarchar(100) '$.v', c nvarchar(100) '$.c', i nvarchar(16) '$.i', o nvarchar(16) '$.o',
                l float '$.l', t bit '$.t');
            """,
    };

    public required string Insert { get; init; }

    public required string InsertBatch { get; init; }

    public static HopLogSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
