using System.Data.Common;
using Microsoft.Data.SqlClient;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>The session-end statements, written once per dialect. Each inserts one row or none (already recorded).</summary>
internal sealed class SessionEndSql
{
    private const string Columns = """
        provider, session_id, phone_e164, service_code, network_code, status, duration_ms, hops, cost, error_message,
        ended_at, received_at
        """;

    private const string Values = """
        @Provider, @SessionId, @Phone, @ServiceCode, @NetworkCode, @Status, @DurationMs, @Hops, @Cost, @ErrorMessage,
        @EndedAt, @ReceivedAt
        """;

    public static readonly SessionEndSql Sqlite = new()
    {
        Insert = $"""
            INSERT INTO ussd_session_ends ({Columns})
            VALUES ({Values})
            ON CONFLICT (provider, session_id) DO NOTHING;
            """,
        IsDuplicateKey = _ => false, // ON CONFLICT turns a duplicate into no row
    };

    /// <summary>UPDLOCK + HOLDLOCK: two notifications for one session cannot both pass the check; the unique key is the safety net.</summary>
    public static readonly SessionEndSql SqlServer = new()
    {
        Insert = $"""
            INSERT INTO dbo.ussd_session_ends ({Columns})
            SELECT {Values}
            WHERE NOT EXISTS (SELECT 1 FROM dbo.ussd_session_ends WITH (UPDLOCK, HOLDLOCK)
                              WHERE provider = @Provider AND session_id = @SessionId);
            """,
        IsDuplicateKey = e => e is SqlException { Number: 2601 or 2627 },
    };

    public required string Insert { get; init; }
    public required Func<DbException, bool> IsDuplicateKey { get; init; }

    public static SessionEndSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
