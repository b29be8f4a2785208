using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>Menu history statements per dialect (<c>menu_history</c>, migration 0012).</summary>
internal sealed class MenuHistorySql
{
    public static readonly MenuHistorySql Sqlite = Build("", "RETURNING id", "", top: "", limit: "LIMIT 100");
    public static readonly MenuHistorySql SqlServer = Build("dbo.", "", "OUTPUT INSERTED.id", top: "TOP (100)", limit: "");

    public required string Insert { get; init; }
    public required string ListForFile { get; init; }
    public required string LatestHash { get; init; }
    public required string Get { get; init; }

    public static MenuHistorySql For(SqlDialect dialect) => dialect == SqlDialect.SqlServer ? SqlServer : Sqlite;

    private static MenuHistorySql Build(string p, string returning, string output, string top, string limit)
    {
        const string Columns = """
            id AS Id, file_name AS FileName, content_hash AS ContentHash, size_bytes AS SizeBytes, action AS Action,
            saved_by AS SavedBy, saved_at AS SavedAt
            """;
        return new MenuHistorySql
        {
            Insert = $"""
                INSERT INTO {p}menu_history (file_name, content, content_hash, size_bytes, action, saved_by, saved_at)
                {output}
                VALUES (@FileName, @Content, @ContentHash, @SizeBytes, @Action, @SavedBy, @Now)
                {returning};
                """,
            ListForFile = $"""
                SELECT {top} {Columns}
                FROM {p}menu_history WHERE file_name = @FileName
                ORDER BY id DESC
                {limit};
                """,
            LatestHash = $"""
                SELECT {(top.Length > 0 ? "TOP (1)" : "")} content_hash
                FROM {p}menu_history WHERE file_name = @FileName
                ORDER BY id DESC
                {(limit.Length > 0 ? "LIMIT 1" : "")};
                """,
            Get = $"""
                SELECT {Columns}, content AS Content
                FROM {p}menu_history WHERE id = @Id AND file_name = @FileName;
                """,
        };
    }
}
