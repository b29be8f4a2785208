using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Reminders;

/// <summary><c>ussdgw reminders preview</c> over the demo seed, with the real clock (as an operator runs it).</summary>
public sealed class RemindersPreviewCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-reminders");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Preview_ListsADaysTrainingReminders_WithTimeRecipientKindLanguagePartsAndText_OverTheDemoSeed()
    {
        (await RunAsync("seed", "demo")).ExitCode.Should().Be(0);

        var byDefault = await RunAsync("reminders", "preview");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        byDefault.ExitCode.Should().Be(0, byDefault.Error);
        byDefault.Output.Should().StartWith($"scheduled SMS of {Day(tomorrow)} (Bamako time): ", "tomorrow is the default");

        // The demo trains Monday to Friday: from tomorrow, the first day that and whose next day are training days.
        var day = tomorrow;
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        var run = await RunAsync("reminders", "preview", "--date", Day(day));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex(@"(?m)^07:30  \+2237\d{7}  training-morning  (fr|bm)  [12] SMS \(GSM-7\)", "the demo seed books sessions every day");
        run.Output.Should().MatchRegex(@"(?m)^18:00  \+2237\d{7}  training-eve  (fr|bm)  [12] SMS \(GSM-7\)");
        run.Output.Should().Contain("    RENAPESS: ");
        var count = await CountOutboxAsync();
        count.Should().Be(0, "a preview writes nothing");
    }

    [Fact]
    public async Task Preview_RefusesADateItCannotRead()
    {
        var run = await RunAsync("reminders", "preview", "--date", "7/12/2026");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("--date must be a day as YYYY-MM-DD");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<long> CountOutboxAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.Combine("data", "gw.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_outbox";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Paths:Root"] = _temp.Path,
            ["Menus:Path"] = RepositoryRoot.Menus,
            ["Database:Path"] = _temp.Combine("data", "gw.db"),
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliContext.From(configuration), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
