using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Tests.Sms;
using UssdGateway.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Jobs;

/// <summary>The host stopped in the middle of sending the outbox, then started again on the same files.</summary>
[Collection(JobServerCollection.Name)]
public sealed class DispatchRestartTests : IAsyncLifetime
{
    private const int Messages = 10;
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task StoppingMidDispatch_ThenStartingAgain_SendsEachDueNoticeOnce()
    {
        using var root = new TempDirectory("ussdgw-restart");
        _provider.Script(async context =>
        {
            await Task.Delay(300); // a slow provider: the stop lands mid-dispatch
            await FakeAfricasTalking.Accepted(101)(context);
        });

        var first = Gateway(root);
        using (first.CreateClient())
        {
            var outbox = first.Services.GetRequiredService<ISmsOutbox>();
            for (var i = 0; i < Messages; i++)
                await outbox.EnqueueAsync(new OutgoingSms($"+2237600{i:D4}", $"Rappel {i}: formation demain 08h30", $"restart:{i}"));
            for (var received = 0; received < 3; received++)
                (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        }
        first.Dispose(); // a graceful stop: the message being sent is finished, no other is claimed
        var sentByFirst = _provider.Requests.Count;
        sentByFirst.Should().BeLessThan(Messages, "the host stopped before the end");

        using var second = Gateway(root);
        using var client = second.CreateClient(); // at start, the dispatch job runs once and takes what is left
        for (var received = 3; received < Messages; received++)
            (await _provider.Received.WaitAsync(TimeSpan.FromSeconds(30))).Should().BeTrue($"message {received + 1} of {Messages} is sent after the restart");

        _provider.Requests.Select(r => r.Form["to"].ToString()).Should().OnlyHaveUniqueItems("nothing is sent twice").And.HaveCount(Messages);
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + root.Combine("data", "gateway.db") + ";Pooling=False");
        await db.OpenAsync();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_outbox WHERE status = 'sent'";
        // The fake signals a request before answering it: the last row turns 'sent' a moment after.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((long)(await command.ExecuteScalarAsync())! < Messages && DateTime.UtcNow < deadline) await Task.Delay(50);
        ((long)(await command.ExecuteScalarAsync())!).Should().Be(Messages, "every message is sent, once");
    }

    private GatewayFactory Gateway(TempDirectory root) => SmsGateway.Create(new Dictionary<string, string?>
    {
        ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
        ["Jobs:Storage"] = "",
        ["Jobs:RunServer"] = "true",
        ["Jobs:QueuePollInterval"] = "00:00:00.200",
        ["Paths:Root"] = root.Path,
        ["Database:Path"] = root.Combine("data", "gateway.db"),
    });
}
