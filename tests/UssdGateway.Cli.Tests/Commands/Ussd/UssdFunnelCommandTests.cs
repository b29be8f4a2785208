using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Ussd;

public sealed class UssdFunnelCommandTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new("cli-funnel");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string Database => _temp.Combine("data", "gw.db");

    [Fact]
    public async Task UssdFunnel_PrintsAlignedTableBusiestScreenFirst_WhenMenuAndDateAreGiven()
    {
        await RecordAsync(DayOfHops());

        var run = await RunAsync("ussd", "funnel", "--date", "2026-12-07", "--menu", "renapess");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        Lines(run.Output).Should().Equal(
            "funnel of 2026-12-07 (UTC), menu renapess",
            "screen    entries  drop-offs  drop-off %",
            "welcome         3          1        33.3",
            "ask_name        2          1        50.0",
            "thanks          1          0         0.0");
    }

    [Fact]
    public async Task UssdFunnel_AddsAMenuColumn_WhenNoMenuIsGiven()
    {
        await RecordAsync(DayOfHops());

        var run = await RunAsync("ussd", "funnel", "--date", "2026-12-07");

        run.ExitCode.Should().Be(0, run.Error);
        Lines(run.Output).Should().Equal(
            "funnel of 2026-12-07 (UTC), every menu",
            "menu      screen    entries  drop-offs  drop-off %",
            "renapess  welcome         3          1        33.3",
            "renapess  ask_name        2          1        50.0",
            "other     start           1          1       100.0",
            "renapess  thanks          1          0         0.0");
    }

    [Fact]
    public async Task UssdFunnel_SaysNoHops_WhenNothingWasRecordedThatDay()
    {
        await RecordAsync(DayOfHops());

        var run = await RunAsync("ussd", "funnel", "--date", "2026-12-08", "--menu", "renapess");

        run.ExitCode.Should().Be(0, run.Error);
        Lines(run.Output).Should().Equal("funnel of 2026-12-08 (UTC), menu renapess", "no hops recorded on that day");
    }

    [Fact]
    public async Task UssdFunnel_ReadsTodayUtc_WhenNoDateIsGiven()
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        await RecordAsync([Hop(DateTimeOffset.UtcNow, "today", "welcome")]);

        var run = await RunAsync("ussd", "funnel");

        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        run.ExitCode.Should().Be(0, run.Error);
        var header = Lines(run.Output)[0];
        header.Should().BeOneOf(
            $"funnel of {before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (UTC), every menu",
            $"funnel of {after.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (UTC), every menu");
        if (before == after) Lines(run.Output).Should().Contain(l => l.StartsWith("renapess  welcome", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("07/12/2026")]
    [InlineData("2026-13-01")]
    [InlineData("yesterday")]
    public async Task UssdFunnel_ExitsWithOneLineError_WhenDateIsNotYyyyMmDd(string date)
    {
        var run = await RunAsync("ussd", "funnel", "--date", date);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().StartWith("error: --date must be a day as YYYY-MM-DD").And.Contain(date).And.NotContain("\n");
    }

    [Fact]
    public async Task UssdFunnel_ExitsWithOneLineErrorNamingTheDatabase_WhenItWasNeverMigrated()
    {
        var run = await RunAsync("ussd", "funnel", "--date", "2026-12-07");

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Should().StartWith($"error: ussd funnel failed (sqlite {Database}):").And.Contain("ussd_hops").And.NotContain("\n");
    }

    private static IEnumerable<HopRecord> DayOfHops() =>
    [
        Hop(Nine, "s1", "welcome"), Hop(Nine.AddSeconds(10), "s1", "ask_name"), Hop(Nine.AddSeconds(20), "s1", "thanks", HopOutcome.End),
        Hop(Nine, "s2", "welcome"), Hop(Nine.AddSeconds(10), "s2", "ask_name"),
        Hop(Nine, "s3", "welcome"),
        Hop(Nine, "t1", "welcome", isTest: true),
        Hop(Nine, "o1", "start", menuId: "other"),
    ];

    private static HopRecord Hop(
        DateTimeOffset at, string sessionId, string screen, HopOutcome outcome = HopOutcome.Continue, string menuId = "renapess", bool isTest = false) =>
        new(at, "africastalking", sessionId, menuId, "v1", screen, HopInputKind.Choice, outcome, 10, isTest);

    /// <summary>Migrates the database and writes the hops through the hop log, as the service does.</summary>
    private async Task RecordAsync(IEnumerable<HopRecord> hops)
    {
        var connections = new SqliteConnectionFactory(Database);
        await new DatabaseMigrator(connections).MigrateAsync();
        using var log = new BufferedHopLog(connections, Options.Create(new HopLogOptions()), TimeProvider.System);
        foreach (var hop in hops) log.Record(hop);
        await log.StopAsync(CancellationToken.None); // writes what was recorded
        log.WrittenCount.Should().Be(hops.Count());
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new KeyValuePair<string, string?>("Paths:Root", _temp.Path),
                new KeyValuePair<string, string?>("Database:Path", Database),
            ])
            .Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliContext.From(configuration), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
