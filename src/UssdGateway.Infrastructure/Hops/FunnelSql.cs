using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// The per-screen funnel of a time window, written once per dialect. Test hops are left out. A session enters a
/// screen when at least one of its hops stood on it; it drops off on the screen of its last hop in the window
/// when that hop did not end the menu (outcome other than End or TooManyAttempts). Sessions are (provider, session_id);
/// hops of one session at the same instant are ordered by id (write order).
/// </summary>
internal sealed class FunnelSql
{
    public static readonly FunnelSql Sqlite = new() { Select = Build("ussd_hops") };

    public static readonly FunnelSql SqlServer = new() { Select = Build("dbo.ussd_hops") };

    public required string Select { get; init; }

    public static FunnelSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    // Both dialects read the same standard SQL (CTEs, ROW_NUMBER); only the table name differs.
    private static string Build(string table) => $"""
        WITH window_hops AS (
            SELECT id, provider, session_id, menu_id, screen, outcome, at
            FROM {table}
            WHERE at >= @From AND at < @To AND is_test = 0
              AND (@MenuId IS NULL OR menu_id = @MenuId)
        ),
        screen_entries AS (
            SELECT menu_id, screen, COUNT(*) AS entries
            FROM (SELECT DISTINCT menu_id, screen, provider, session_id FROM window_hops) AS visits
            GROUP BY menu_id, screen
        ),
        ranked_hops AS (
            SELECT menu_id, screen, outcome,
                   ROW_NUMBER() OVER (PARTITION BY provider, session_id ORDER BY at DESC, id DESC) AS from_last
            FROM window_hops
        ),
        screen_drop_offs AS (
            SELECT menu_id, screen, COUNT(*) AS drop_offs
            FROM ranked_hops
            WHERE from_last = 1 AND outcome NOT IN ('End', 'TooManyAttempts')
            GROUP BY menu_id, screen
        )
        SELECT e.menu_id AS MenuId, e.screen AS Screen, e.entries AS Entries, COALESCE(d.drop_offs, 0) AS DropOffs
        FROM screen_entries AS e
        LEFT JOIN screen_drop_offs AS d ON d.menu_id = e.menu_id AND d.screen = e.screen
        ORDER BY e.entries DESC, e.menu_id, e.screen;
        """;
}
