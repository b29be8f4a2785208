namespace UssdGateway.Infrastructure.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string SqliteProvider = "sqlite";
    public const string SqlServerProvider = "sqlserver";
    public const string DefaultPath = "data/ussdgateway.db";

    /// <summary>Name of the connection string used when <see cref="Provider"/> is <c>sqlserver</c>.</summary>
    public const string SqlServerConnectionStringName = "SqlServer";

    /// <summary><c>sqlite</c> (default) or <c>sqlserver</c> (uses <c>ConnectionStrings:SqlServer</c>).</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>SQLite file; a relative path is taken from <see cref="GatewayPaths.Root"/>. Its folder is created.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>Whether the web host applies pending migrations when it starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The dialect named by <see cref="Provider"/> (case-insensitive; empty means SQLite).</summary>
    public bool TryGetDialect(out SqlDialect dialect)
    {
        switch ((Provider ?? "").Trim().ToLowerInvariant())
        {
            case SqliteProvider or "":
                dialect = SqlDialect.Sqlite;
                return true;
            case SqlServerProvider:
                dialect = SqlDialect.SqlServer;
                return true;
            default:
                dialect = default;
                return false;
        }
    }

    /// <summary>The dialect named by <see cref="Provider"/>; throws a readable error for anything else.</summary>
    public SqlDialect GetDialect() => TryGetDialect(out var dialect)
        ? dialect
        : throw new InvalidOperationException(
            $"{SectionName}:{nameof(Provider)} must be '{SqliteProvider}' or '{SqlServerProvider}', not '{Provider}'.");
}
