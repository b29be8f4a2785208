using System.Diagnostics;
using Microsoft.Data.Sqlite;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests;

/// <summary>The real <c>ussdgw</c> binary, configured the way operators do it: environment variables.</summary>
public sealed class UssdgwProcessTests : IDisposable
{
    private static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new("cli-process");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task DbMigrate_UsesDatabasePathFromEnvironment_WhenDatabase__PathIsSet()
    {
        var database = _temp.Combine("env", "gw.db");

        var run = await RunUssdgwAsync(database, "db", "migrate");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain($"database: sqlite {database}").And.Contain("applied 0001_beneficiaries.sql");
        File.Exists(database).Should().BeTrue();
    }

    [Fact]
    public async Task DbMigrate_AppliesScriptsOnce_WhenTwoProcessesMigrateTogether()
    {
        var database = _temp.Combine("shared", "gw.db");

        var runs = await Task.WhenAll(RunUssdgwAsync(database, "db", "migrate"), RunUssdgwAsync(database, "db", "migrate"));

        runs.Should().OnlyContain(r => r.ExitCode == 0, string.Join(Environment.NewLine, runs.Select(r => r.Error)));
        runs.Count(r => r.Output.Contains("applied 0001_beneficiaries.sql", StringComparison.Ordinal)).Should().Be(1);
        runs.Count(r => r.Output.Contains("database is up to date", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task Ussdgw_ExitsWithOneAndOneErrorLine_WhenConfigurationIsInvalid()
    {
        var run = await RunUssdgwAsync(_temp.Combine("x.db"), ("Database__Provider", "sqlserver"), "db", "migrate");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("error: ");
    }

    [Fact]
    public async Task DbMigrate_PrintsOneErrorLine_WhenAScriptFails()
    {
        var database = _temp.Combine("broken", "gw.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE beneficiaries (x INTEGER);"; // in the way of 0001
            await command.ExecuteNonQueryAsync();
        }

        var run = await RunUssdgwAsync(database, "db", "migrate");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Split('\n').Should().ContainSingle()
            .Which.Should().StartWith("error: db migrate failed: Migration script 0001_beneficiaries.sql failed on sqlite " + database);
    }

    private Task<(int ExitCode, string Output, string Error)> RunUssdgwAsync(string databasePath, params string[] args) =>
        RunUssdgwAsync(databasePath, null, args);

    private async Task<(int ExitCode, string Output, string Error)> RunUssdgwAsync(
        string databasePath, (string Name, string Value)? extra, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _temp.Path,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ussdgw.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["Database__Path"] = databasePath;
        info.Environment["Paths__Root"] = _temp.Path;
        info.Environment.Remove("Database__Provider");
        if (extra is { } variable) info.Environment[variable.Name] = variable.Value;

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(ProcessDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ussdgw {string.Join(' ', args)} did not finish within {ProcessDeadline.TotalSeconds:0} s.");
        }
        return (process.ExitCode, await output, await error);
    }
}
