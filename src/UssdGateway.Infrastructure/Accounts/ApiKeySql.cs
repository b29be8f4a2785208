using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Accounts;

/// <summary>The API key statements, written once per dialect.</summary>
internal sealed class ApiKeySql
{
    private const string Columns = "id AS Id, name AS Name, key_prefix AS Prefix, role AS Role, created_at AS CreatedAt, revoked_at AS RevokedAt";

    public static readonly ApiKeySql Sqlite = new()
    {
        Insert = """
            INSERT INTO api_keys (name, key_prefix, key_hash, role, created_at, created_by, revoked_at)
            VALUES (@Name, @Prefix, @Hash, @Role, @Now, @Actor, NULL)
            ON CONFLICT DO NOTHING
            RETURNING id;
            """,
        List = $"SELECT {Columns} FROM api_keys ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name, id;",
        Revoke = "UPDATE api_keys SET revoked_at = @Now WHERE name = @Name AND revoked_at IS NULL;",
        FindActiveByHash = $"SELECT {Columns} FROM api_keys WHERE key_hash = @Hash AND revoked_at IS NULL;",
    };

    public static readonly ApiKeySql SqlServer = new()
    {
        Insert = """
            INSERT INTO dbo.api_keys (name, key_prefix, key_hash, role, created_at, created_by, revoked_at)
            OUTPUT INSERTED.id
            SELECT @Name, @Prefix, @Hash, @Role, @Now, @Actor, NULL
            WHERE NOT EXISTS (SELECT 1 FROM dbo.api_keys WITH (UPDLOCK, HOLDLOCK) WHERE name = @Name AND revoked_at IS NULL);
            """,
        List = $"SELECT {Columns} FROM dbo.api_keys ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name, id;",
        Revoke = "UPDATE dbo.api_keys SET revoked_at = @Now WHERE name = @Name AND revoked_at IS NULL;",
        FindActiveByHash = $"SELECT {Columns} FROM dbo.api_keys WHERE key_hash = @Hash AND revoked_at IS NULL;",
    };

    public required string Insert { get; init; }
    public required string List { get; init; }
    public required string Revoke { get; init; }
    public required string FindActiveByHash { get; init; }

    public static ApiKeySql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
