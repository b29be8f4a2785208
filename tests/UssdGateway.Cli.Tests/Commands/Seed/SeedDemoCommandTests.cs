using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Demo;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Seed;

/// <summary><c>ussdgw seed demo</c> on a new SQLite file, with the real clock (as an operator runs it).</summary>
public sealed class SeedDemoCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-seed");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string Database => _temp.Combine("data", "gw.db");

    [Fact]
    public async Task SeedDemo_MigratesFillsAndPrintsTheNumbersToTry_WhenTheDatabaseIsNew()
    {
        var run = await RunAsync("seed", "demo");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain($"database: sqlite {Database}")
            .And.Contain("10 migration(s) applied")
            .And.Contain("120 youth(s), 6 cohort(s), 48 session(s)")
            .And.Contain("20 cooperative(s)")
            .And.Contain($"{DemoPhones.Youth}  {DemoPhones.YouthName}").And.Contain("PIN 1234")
            .And.Contain($"{DemoPhones.Leader}  {DemoPhones.LeaderName}: leads ")
            .And.Contain($"{DemoPhones.Unregistered}  not registered")
            .And.Contain("ussdgw seed demo --remove");

        var connections = new SqliteConnectionFactory(Database);
        var youth = (await new BeneficiaryRepository(connections, TimeProvider.System).FindByPhoneAsync(DemoPhones.Youth)).Single();
        var loan = (await new LoanRepository(connections, TimeProvider.System).GetLoansOfBeneficiaryAsync(youth.Id)).Single();
        loan.Position.Should().BeEquivalentTo(new { BalanceXof = 200_000L, OverdueXof = 50_000L });
        (await new TrainingRepository(connections, TimeProvider.System).GetUpcomingSlotsAsync(new SlotQuery())).Items
            .Should().NotBeEmpty().And.OnlyContain(s => s.FreePlaces > 0);
        (await new CooperativeRepository(connections, TimeProvider.System).GetLedByPhoneAsync(DemoPhones.Leader)).Should().HaveCount(2);
    }

    [Fact]
    public async Task SeedDemo_WritesNothingNew_WhenRunASecondTime()
    {
        await RunAsync("seed", "demo");

        var second = await RunAsync("seed", "demo");

        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("is already there: nothing written").And.NotContain("migration(s) applied").And.Contain(DemoPhones.Youth);
        var connections = new SqliteConnectionFactory(Database);
        (await new BeneficiaryRepository(connections, TimeProvider.System).FindByPhoneAsync(DemoPhones.Youth)).Should().ContainSingle();
    }

    [Fact]
    public async Task SeedDemoRemove_DeletesTheDemoRows_WhenTheyExist()
    {
        await RunAsync("seed", "demo");

        var run = await RunAsync("seed", "demo", "--remove");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex(@"demo data removed: \d+ row\(s\) deleted");
        (await new BeneficiaryRepository(new SqliteConnectionFactory(Database), TimeProvider.System).FindByPhoneAsync(DemoPhones.Youth)).Should().BeEmpty();
    }

    [Fact]
    public async Task SeedDemo_ExitsWithOneLineError_WhenTheProviderIsUnknown()
    {
        var run = await RunAsync(("Database:Provider", "oracle"), "seed", "demo");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().StartWith("error: seed demo failed").And.Contain("Database:Provider").And.NotContain("\n");
    }

    [Fact]
    public void Describe_SaysNothingWasWritten_WhenEveryCountIsZero()
    {
        var text = Cli.Commands.Seed.SeedDemoCommand.Describe(new DemoSeedResult(new DateOnly(2026, 12, 7), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ["A", "B"]));

        text.Split('\n')[0].Should().Be("demo data for 2026-12-07 (Bamako) is already there: nothing written");
        text.Should().Contain("leads A and B");
    }

    private Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    private async Task<CliRun> RunAsync((string Key, string Value)? extra, params string[] args)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("Paths:Root", _temp.Path),
            new("Database:Path", Database),
        };
        if (extra is { } setting) values.Add(new(setting.Key, setting.Value));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliContext.From(configuration), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
