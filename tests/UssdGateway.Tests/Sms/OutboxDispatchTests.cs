using Dapper;
using UssdGateway.Core.Sms;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// The outbox sent through Africa's Talking's real wire format on a local fake: accepted, refused for good, retried
/// with backoff, timed out after sending (unknown, never resent), failover, and each message sent once however many
/// dispatchers run.
/// </summary>
public sealed class OutboxDispatchTests : IAsyncLifetime
{
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private Task<OutboxRig> RigAsync(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:Username"] = "renapess",
            ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
            ["Sms:AfricasTalking:From"] = "RENAPESS",
            ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
            ["Sms:AfricasTalking:Timeout"] = "00:00:01",
            ["Sms:Prices:africastalking"] = "25",
            ["Sms:Dispatch:MaxAttempts"] = "3",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return OutboxRig.StartAsync(settings);
    }

    private static async Task<OutboxRow> RowAsync(OutboxRig rig, long id)
    {
        using var db = rig.OpenDatabase();
        return await db.QuerySingleAsync<OutboxRow>(
            "SELECT status AS Status, provider AS Provider, attempts AS Attempts, provider_message_id AS ProviderMessageId, failure_reason AS FailureReason,"
            + " CAST(cost_xof AS REAL) AS CostXof, segments AS Segments, encoding AS Encoding FROM sms_outbox WHERE id = @id", new { id });
    }

    [Fact]
    public async Task Dispatch_MarksSentWithIdAndCost_WhenAfricasTalkingAccepts()
    {
        await using var rig = await RigAsync();
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Merci Awa! Inscription enregistrée.", "confirm:1"));

        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(1);

        var row = await RowAsync(rig, id);
        row.Status.Should().Be("sent");
        row.Provider.Should().Be("africastalking");
        row.ProviderMessageId.Should().StartWith("ATXid_");
        row.Attempts.Should().Be(1);
        row.CostXof.Should().Be(25.0);
        var request = _provider.Requests.Single();
        request.ApiKey.Should().Be("at-key-123");
        request.Accept.Should().Be("application/json");
        request.Form.Should().Equal(new Dictionary<string, string>
        {
            ["username"] = "renapess", ["to"] = "+22376123456", ["message"] = "Merci Awa! Inscription enregistrée.", ["from"] = "RENAPESS",
        });
    }

    [Fact]
    public async Task Enqueue_RecordsOneRowWithSegments_WhenTheSameKeyIsEnqueuedTwice()
    {
        await using var rig = await RigAsync();
        var bambara = string.Concat(Enumerable.Repeat("ɲɛ ", 30)); // 90 UCS-2 characters: two parts

        var first = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", bambara, "same-key"));
        var second = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", bambara, "same-key"));

        second.Should().Be(first);
        var row = await RowAsync(rig, first);
        (row.Status, row.Segments, row.Encoding).Should().Be(("queued", 2L, "ucs2"));
        using var db = rig.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_outbox")).Should().Be(1);
    }

    public static TheoryData<int, string> PermanentCodes() => new()
    {
        { 401, "RiskHold" }, { 402, "InvalidSenderId" }, { 403, "InvalidPhoneNumber" }, { 404, "UnsupportedNumberType" },
        { 405, "InsufficientBalance" }, { 406, "UserInBlacklist" }, { 407, "CouldNotRoute" },
    };

    [Theory]
    [MemberData(nameof(PermanentCodes))]
    public async Task Dispatch_FailsForGood_WhenTheRecipientIsRefusedInsideA201(int statusCode, string status)
    {
        await using var rig = await RigAsync();
        _provider.Script(FakeAfricasTalking.Accepted(statusCode, status));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "permanent"));

        await rig.Dispatcher.DispatchDueAsync();
        rig.Time.Advance(TimeSpan.FromDays(1));
        await rig.Dispatcher.DispatchDueAsync();

        var row = await RowAsync(rig, id);
        row.Status.Should().Be("failed");
        row.FailureReason.Should().Be($"statusCode {statusCode} {status}");
        _provider.Requests.Should().HaveCount(1);
    }

    public static TheoryData<string, int> RetryableAnswers() => new()
    {
        { "HTTP 500", 500 }, { "HTTP 503", 503 }, { "statusCode 500 InternalServerError", 0 }, { "statusCode 502 RejectedByGateway", 1 },
    };

    [Theory]
    [MemberData(nameof(RetryableAnswers))]
    public async Task Dispatch_RetriesWithBackoffThenSends_WhenTheProviderFailsRetryably(string name, int answer)
    {
        await using var rig = await RigAsync();
        _provider.Script(
            answer switch { 0 => FakeAfricasTalking.Accepted(500, "InternalServerError"), 1 => FakeAfricasTalking.Accepted(502, "RejectedByGateway"), _ => FakeAfricasTalking.Status(answer) },
            FakeAfricasTalking.Accepted(101));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "retry-" + name));

        await rig.Dispatcher.DispatchDueAsync();
        (await RowAsync(rig, id)).Status.Should().Be("queued", name);
        rig.Time.Advance(TimeSpan.FromSeconds(29));
        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(0, "the first retry waits 30 s");
        rig.Time.Advance(TimeSpan.FromSeconds(1));
        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(1);

        var row = await RowAsync(rig, id);
        (row.Status, row.Attempts).Should().Be(("sent", 2L), name);
        _provider.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Dispatch_FailsAfterMaxAttempts_WhenTheProviderKeepsFailing()
    {
        await using var rig = await RigAsync();
        _provider.Script(FakeAfricasTalking.Status(500));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "always-500"));

        for (var i = 0; i < 5; i++)
        {
            await rig.Dispatcher.DispatchDueAsync();
            rig.Time.Advance(TimeSpan.FromHours(2));
        }

        var row = await RowAsync(rig, id);
        row.Status.Should().Be("failed");
        row.FailureReason.Should().StartWith("not sent after 3 attempts: africastalking: HTTP 500");
        _provider.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Dispatch_MarksUnknownAndNeverResends_WhenTheProviderTimesOutAfterTheRequest()
    {
        await using var rig = await RigAsync();
        _provider.Script(_provider.Hang());
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "timeout"));

        await rig.Dispatcher.DispatchDueAsync();
        rig.Time.Advance(TimeSpan.FromDays(1));
        await rig.Dispatcher.DispatchDueAsync();

        var row = await RowAsync(rig, id);
        row.Status.Should().Be("unknown");
        row.FailureReason.Should().Contain("may have been sent");
        _provider.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Dispatch_RetriesLater_WhenTheConnectionIsRefused()
    {
        await using var rig = await RigAsync(("Sms:AfricasTalking:BaseUrl", "http://127.0.0.1:9"));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "refused"));

        await rig.Dispatcher.DispatchDueAsync();

        var row = await RowAsync(rig, id);
        (row.Status, row.Attempts).Should().Be(("queued", 1L));
        row.FailureReason.Should().StartWith("africastalking: not sent:");
    }

    [Fact]
    public async Task Dispatch_FailsOverToTheNextProvider_WhenTheFirstDidNotSend()
    {
        await using var rig = await RigAsync(("Sms:Routing:+223:0", "africastalking"), ("Sms:Routing:+223:1", "log"));
        _provider.Script(FakeAfricasTalking.Status(500));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "failover"));

        await rig.Dispatcher.DispatchDueAsync();

        var row = await RowAsync(rig, id);
        (row.Status, row.Provider).Should().Be(("sent", "log"));
        row.ProviderMessageId.Should().StartWith("log-");
    }

    [Fact]
    public async Task Dispatch_FailsWithAReason_WhenTheRouteNamesOnlyUnconfiguredProviders()
    {
        await using var rig = await RigAsync(("Sms:Routing:default:0", "twilio"));
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour", "no-provider"));

        await rig.Dispatcher.DispatchDueAsync();

        var row = await RowAsync(rig, id);
        row.Status.Should().Be("failed");
        row.FailureReason.Should().Be("no configured provider for +22376123456 (twilio not configured)");
        _provider.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Dispatch_SendsEachMessageOnce_WhenDispatchersRunConcurrentlyAndTwice()
    {
        await using var rig = await RigAsync();
        var ids = new List<long>();
        for (var i = 0; i < 30; i++) ids.Add(await rig.Outbox.EnqueueAsync(new OutgoingSms($"+2237612{i:D4}", $"Message {i}", $"once-{i}")));

        var claimed = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => rig.Dispatcher.DispatchDueAsync())));
        claimed = [.. claimed, await rig.Dispatcher.DispatchDueAsync()];

        claimed.Sum().Should().Be(30);
        _provider.Requests.Select(r => r.Form["to"]).Should().OnlyHaveUniqueItems().And.HaveCount(30);
        using var db = rig.OpenDatabase();
        (await db.QueryAsync<string>("SELECT DISTINCT status FROM sms_outbox")).Should().Equal("sent");
    }

    [Fact]
    public async Task Dispatch_HoldsMessagesUntilTomorrow_WhenTheDailySpendCapWouldBePassed()
    {
        await using var rig = await RigAsync(("Sms:DailySpendCapXof", "50"), ("Sms:QuietHours:Start", "00:00"), ("Sms:QuietHours:End", "00:00")); // midnight comes: no quiet hours
        var ids = new List<long>();
        for (var i = 0; i < 3; i++) ids.Add(await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour " + i, "cap-" + i)));

        await rig.Dispatcher.DispatchDueAsync();

        (await RowAsync(rig, ids[0])).Status.Should().Be("sent");
        (await RowAsync(rig, ids[1])).Status.Should().Be("sent");
        var held = await RowAsync(rig, ids[2]);
        (held.Status, held.Attempts, held.FailureReason).Should().Be(("queued", 0L, "daily spend cap of 50 XOF reached"));
        rig.Time.Advance(TimeSpan.FromHours(13)); // 23:00: still the same day
        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(0);
        rig.Time.Advance(TimeSpan.FromHours(1)); // midnight: a new day (this rig has no quiet hours)
        await rig.Dispatcher.DispatchDueAsync();
        (await RowAsync(rig, ids[2])).Status.Should().Be("sent");
        _provider.Requests.Should().HaveCount(3);
    }

    private sealed class OutboxRow
    {
        public string Status { get; set; } = "";
        public string? Provider { get; set; }
        public long Attempts { get; set; }
        public string? ProviderMessageId { get; set; }
        public string? FailureReason { get; set; }
        public double? CostXof { get; set; }
        public long Segments { get; set; }
        public string Encoding { get; set; } = "";
    }
}
