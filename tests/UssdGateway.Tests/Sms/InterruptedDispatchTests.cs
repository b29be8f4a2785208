using Dapper;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// A message left <c>sending</c> by a process that died: queued again and sent when it had not been handed to a provider,
/// marked <c>unknown</c> (never resent) when it had.
/// </summary>
public sealed class InterruptedDispatchTests : IAsyncLifetime
{
    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private Task<OutboxRig> RigAsync() => OutboxRig.StartAsync(new Dictionary<string, string?>
    {
        ["Sms:AfricasTalking:Username"] = "renapess",
        ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
        ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
        ["Sms:QuietHours:Start"] = "00:00",
        ["Sms:QuietHours:End"] = "00:00",
    });

    /// <summary>What a claim by a process that then died leaves: 'sending', and the provider when it was handed over.</summary>
    private static async Task<long> LeftSendingAsync(OutboxRig rig, string key, string? handedTo)
    {
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Merci Awa!", key, Kind: SmsKind.Essential));
        using var db = rig.OpenDatabase();
        await db.ExecuteAsync("UPDATE sms_outbox SET status = 'sending', attempts = attempts + 1, provider = @handedTo WHERE id = @id", new { id, handedTo });
        return id;
    }

    private static async Task<(string Status, string? Reason)> RowAsync(OutboxRig rig, long id)
    {
        using var db = rig.OpenDatabase();
        return await db.QuerySingleAsync<(string, string?)>("SELECT status, failure_reason FROM sms_outbox WHERE id = @id", new { id });
    }

    [Fact]
    public async Task Dispatch_QueuesAgainAndSends_WhenAProcessDiedBeforeHandingTheMessageOver()
    {
        await using var rig = await RigAsync();
        var id = await LeftSendingAsync(rig, "interrupted-before", handedTo: null);

        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(0, "a message being sent elsewhere is left alone");
        rig.Time.Advance(TimeSpan.FromMinutes(11));
        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(1);

        (await RowAsync(rig, id)).Status.Should().Be("sent");
        _provider.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Dispatch_MarksUnknownAndNeverResends_WhenAProcessDiedAfterHandingTheMessageOver()
    {
        await using var rig = await RigAsync();
        var id = await LeftSendingAsync(rig, "interrupted-after", handedTo: "africastalking");

        rig.Time.Advance(TimeSpan.FromMinutes(11));
        await rig.Dispatcher.DispatchDueAsync();

        (await RowAsync(rig, id)).Should().Be(("unknown", SmsDispatcher.InterruptedReason));
        _provider.Requests.Should().BeEmpty();
    }
}
