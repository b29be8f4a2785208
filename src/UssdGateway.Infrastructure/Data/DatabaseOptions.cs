using Microsoft.Extensions.Configuration;

namespace UssdGateway.Infrastructure.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string SqliteProvider = "Sqlite";
    public const string SqlServerProvider = "SqlServer";
    public const string DefaultPath = "data/ussdgateway.db";

    /// <summary>Name of the connection string used when <see cref="Provider"/> is <c>SqlServer</c>.</summary>
    public const string ConnectionStringName = "Database";

    /// <summary>The older name of <see cref="ConnectionStringName"/>, still read when <c>ConnectionStrings:Database</c> is absent.</summary>
    public const string LegacySqlServerConnectionStringName = "SqlServer";

    /// <summary>
    /// <c>Sqlite</c> (default) or <c>SqlServer</c> (uses <c>ConnectionStrings:Database</c>, or
    /// <c>ConnectionStrings:SqlServer</c> when that is absent); case-insensitive.
    /// </summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>SQLite file; a relative path is taken from <see cref="GatewayPaths.Root"/>. Its folder is created.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>Whether the web host applies pending migrations when it starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The dialect named by <see cref="Provider"/> (case-insensitive; empty means SQLite).</summary>
    public bool TryGetDialect(out SqlDialect dialect)
    {
        var provider = (Provider ?? "").Trim();
        if (provider.Length == 0 || provider.Equals(SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            dialect = SqlDialect.Sqlite;
            return true;
        }
        if (provider.Equals(SqlServerProvider, StringComparison.OrdinalIgnoreCase))
        {
            dialect = SqlDialect.SqlServer;
            return true;
        }
        dialect = default;
        return false;
    }

    /// <summary>The dialect named by <see cref="Provider"/>; throws a readable error for anything else.</summary>
    public SqlDialect GetDialect() => TryGetDialect(out var dialect)
        ? dialect
        : throw new InvalidOperationException(
            $"{SectionName}:{nameof(Provider)} must be '{SqliteProvider}' or '{SqlServerProvider}', not '{Provider}'.");

    /// <summary>
    /// The SQL Server connection string: <c>ConnectionStrings:Database</c>, else <c>ConnectionStrings:SqlServer</c>;
    /// empty when neither is set.
    /// </summary>
    public static string SqlServerConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var current = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(current)) return current;
        return configuration.GetConnectionString(LegacySqlServerConnectionStringName) ?? "";
    }
}
