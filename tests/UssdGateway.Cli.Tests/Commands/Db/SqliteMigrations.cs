using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Db;

/// <summary>How many SQLite migrations the repository ships (a new one must not break the CLI tests' counts).</summary>
internal static class SqliteMigrations
{
    public static int Count { get; } = Directory.GetFiles(
        Path.Combine(RepositoryRoot.Path, "src", "UssdGateway.Infrastructure", "Data", "Migrations", "Sqlite"), "*.sql").Length;
}
