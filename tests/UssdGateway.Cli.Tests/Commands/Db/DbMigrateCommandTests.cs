using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Db;

public sealed class DbMigrateCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task DbMigrate_CreatesTablesAndPrintsScripts_WhenDatabaseIsNew()
    {
        var database = _temp.Combine("data", "gw.db");

        var run = await RunAsync(Configuration(("Database:Path", database)), "db", "migrate");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain($"database: sqlite {database}")
            .And.Contain("applied 0001_beneficiaries.sql")
            .And.Contain("applied 0002_hop_log.sql")
            .And.Contain("applied 0006_privacy_audit.sql")
            .And.Contain("applied 0007_sms.sql")
            .And.Contain("applied 0008_sms_processing.sql")
            .And.Contain("applied 0009_sms_kind.sql")
            .And.Contain("applied 0010_broadcasts.sql")
            .And.Contain("applied 0011_accounts.sql")
            .And.Contain($"{SqliteMigrations.Count} migration(s) applied");
        run.Error.Should().BeEmpty();
        (await TablesAsync(database)).Should().Contain(["beneficiaries", "caller_preferences", "ussd_hops", "ussd_session_ends", "training_sessions", "loans", "sms_opt_outs"]);
    }

    [Fact]
    public async Task DbMigrate_SaysUpToDate_WhenRunASecondTime()
    {
        var configuration = Configuration(("Database:Path", _temp.Combine("data", "gw.db")));
        await RunAsync(configuration, "db", "migrate");

        var second = await RunAsync(configuration, "db", "migrate");

        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("database is up to date").And.NotContain("applied 0001");
    }

    [Fact]
    public async Task DbMigrate_ResolvesRelativePathAgainstRoot_WhenPathsRootIsSet()
    {
        var run = await RunAsync(Configuration(("Database:Path", "var/relative.db")), "db", "migrate"); // Paths:Root is the temp folder

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain($"database: sqlite {_temp.Combine("var", "relative.db")}");
        File.Exists(_temp.Combine("var", "relative.db")).Should().BeTrue();
    }

    [Fact]
    public async Task DbMigrate_ExitsWithOneLineError_WhenProviderIsUnknown()
    {
        var run = await RunAsync(Configuration(("Database:Provider", "oracle")), "db", "migrate");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().StartWith("error: db migrate failed").And.Contain("Database:Provider").And.NotContain("\n");
    }

    [Fact]
    public async Task DbMigrate_ExitsWithOneLineError_WhenSqlServerHasNoConnectionString()
    {
        var run = await RunAsync(Configuration(("Database:Provider", "sqlserver")), "db", "migrate");

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Should().Contain("ConnectionStrings:Database").And.Contain("ConnectionStrings:SqlServer").And.NotContain("\n");
    }

    [Fact]
    public async Task DbMigrate_ExitsWithOneLineError_WhenDatabaseFolderCannotBeCreated()
    {
        var blocker = _temp.WriteFile("not-a-folder", "a file where a folder should be");

        var run = await RunAsync(Configuration(("Database:Path", Path.Combine(blocker, "gw.db"))), "db", "migrate");

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Should().StartWith("error: db migrate failed:")
            .And.Contain($"sqlite {Path.Combine(blocker, "gw.db")}").And.NotContain("\n");
    }

    [Fact]
    public async Task Ussdgw_ExitsNonZero_WhenCommandIsUnknown()
    {
        var run = await RunAsync(Configuration(), "db", "explode");

        run.ExitCode.Should().NotBe(0);
    }

    private IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Paths:Root", _temp.Path), .. values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))])
            .Build();

    private static async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliContext.From(configuration), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
