using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Inbox;

/// <summary>
/// <c>ussdgw inbox list</c> and <c>ussdgw inbox reprocess</c> on a throwaway SQLite database holding inbox rows written
/// as the webhook and the processor leave them, with the shipped menu folder (its <c>sms.yaml</c>) for <c>--now</c>.
/// </summary>
public sealed class InboxCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-inbox");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private string Database => _temp.Combine("data", "gw.db");

    [Fact]
    public async Task InboxList_ShowsTheFailedMessagesWithTheirError_NewestFirst()
    {
        await SeedAsync();

        var run = await RunAsync("inbox", "list", "--status", "failed");

        run.ExitCode.Should().Be(0, run.Error);
        Lines(run.Output).Should().Equal(
            "id  received (UTC)       from          status  error / outcome                  text",
            " 3  2026-11-29 10:02:00  +22376400003  failed  TimeoutException: database busy  bonjour",
            " 1  2026-11-29 10:00:00  +22376400001  failed  TimeoutException: database busy  STOP");
    }

    [Fact]
    public async Task InboxReprocess_PutsTheFailedMessageBackToReceived_ForTheRunningService()
    {
        await SeedAsync();

        var run = await RunAsync("inbox", "reprocess", "--id", "1");

        run.ExitCode.Should().Be(0, run.Error);
        Lines(run.Output).Should().Equal(
            "1 failed message(s) put back to received: 1",
            "the service's sms-inbox job takes them within a minute");
        using var db = Open();
        (await db.QueryAsync<(long, string, string?)>("SELECT id, status, error FROM sms_inbox ORDER BY id")).Should().Equal(
            (1L, "received", null), (2L, "processed", null), (3L, "failed", "TimeoutException: database busy"));
    }

    [Fact]
    public async Task InboxReprocessNow_ProcessesEveryFailedMessage_ThroughTheKeywordHandler_AndQueuesTheReplies()
    {
        await SeedAsync();

        var run = await RunAsync("inbox", "reprocess", "--all-failed", "--now");

        run.ExitCode.Should().Be(0, run.Error);
        Lines(run.Output).Should().Equal(
            "2 failed message(s) put back to received: 1, 3",
            "1  processed  stop: opted out",
            "3  processed  no keyword: help sent");
        using var db = Open();
        (await db.QueryAsync<string>("SELECT idempotency_key FROM sms_outbox ORDER BY id")).Should().Equal("sms-reply:1", "sms-help:3");
        (await db.QuerySingleAsync<string>("SELECT phone_e164 FROM sms_opt_outs")).Should().Be("+22376400001");
    }

    [Fact]
    public async Task InboxReprocess_RefusesAMessageThatIsNotFailed_WithOneLine()
    {
        await SeedAsync();

        var run = await RunAsync("inbox", "reprocess", "--id", "2");

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Should().Be("error: inbound SMS 2 is processed, not failed: only failed messages are reprocessed");
        (await RunAsync("inbox", "reprocess", "--id", "99")).Error.TrimEnd().Should().Be("error: no inbound SMS has id 99");
    }

    [Fact]
    public async Task InboxReprocess_SaysSo_WhenNothingFailed()
    {
        await MigrateAsync();

        var run = await RunAsync("inbox", "reprocess", "--all-failed");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.TrimEnd().Should().Be("no failed inbound SMS");
    }

    [Theory]
    [InlineData]
    [InlineData("--id", "1", "--all-failed")]
    public async Task InboxReprocess_AsksForEitherIdOrAllFailed(params string[] options)
    {
        var run = await RunAsync(["inbox", "reprocess", .. options]);

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd().Should().Be("error: give either --id N (one failed message) or --all-failed");
    }

    private async Task MigrateAsync() => await new DatabaseMigrator(new SqliteConnectionFactory(Database)).MigrateAsync();

    /// <summary>Rows 1 (STOP) and 3 (no keyword) failed, row 2 processed.</summary>
    private async Task SeedAsync()
    {
        await MigrateAsync();
        using var db = Open();
        foreach (var (id, text, status) in new[] { (1, "STOP", "failed"), (2, "AIDE", "processed"), (3, "bonjour", "failed") })
        {
            await db.ExecuteAsync("""
                INSERT INTO sms_inbox (id, provider, provider_message_id, from_raw, from_e164, to_address, text, received_at, status, error)
                VALUES (@id, 'africastalking', @messageId, @from, @from, '36123', @text, @at, @status, @error);
                """,
                new
                {
                    id, text, status, messageId = $"ATXid_{id}", from = $"+2237640000{id}",
                    at = $"2026-11-29T10:0{id - 1}:00.0000000Z",
                    error = status == "failed" ? "TimeoutException: database busy" : null,
                });
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        return connection;
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new KeyValuePair<string, string?>("Paths:Root", _temp.Path),
                new KeyValuePair<string, string?>("Database:Path", Database),
                new KeyValuePair<string, string?>("Menus:Path", RepositoryRoot.Menus),
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
