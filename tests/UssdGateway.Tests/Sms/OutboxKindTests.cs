using Dapper;
using UssdGateway.Core.Sms;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// Essential and non-essential messages against opt-outs, and test traffic, on the real outbox and dispatcher with
/// Africa's Talking's wire format on a local fake.
/// </summary>
public sealed class OutboxKindTests : IAsyncLifetime
{
    private const string OptedOut = "+22376300001";
    private const string Subscribed = "+22376300002";

    private FakeAfricasTalking _provider = null!;

    public async Task InitializeAsync() => _provider = await FakeAfricasTalking.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private async Task<OutboxRig> RigAsync()
    {
        var rig = await OutboxRig.StartAsync(new Dictionary<string, string?>
        {
            ["Sms:AfricasTalking:Username"] = "renapess",
            ["Sms:AfricasTalking:ApiKey"] = "at-key-123",
            ["Sms:AfricasTalking:BaseUrl"] = _provider.BaseUrl,
        });
        await rig.OptOuts.OptOutAsync(OptedOut, "keyword");
        return rig;
    }

    private static async Task<(string Status, string? FailureReason, string Kind, string? Provider)> RowAsync(OutboxRig rig, long id)
    {
        using var db = rig.OpenDatabase();
        return await db.QuerySingleAsync<(string, string?, string, string?)>(
            "SELECT status, failure_reason, kind, provider FROM sms_outbox WHERE id = @id", new { id });
    }

    [Fact]
    public async Task NonEssential_IsRecordedFailedOptedOut_AndNeverSent_WhenTheNumberOptedOut()
    {
        await using var rig = await RigAsync();

        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms(OptedOut, "Rappel: formation lundi", "reminder:1", Kind: SmsKind.NonEssential));
        var again = await rig.Outbox.EnqueueAsync(new OutgoingSms(OptedOut, "Rappel: formation lundi", "reminder:1"));

        again.Should().Be(id);
        (await RowAsync(rig, id)).Should().Be(("failed", ISmsOutbox.OptedOutReason, "non_essential", (string?)null));
        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(0);
        _provider.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Essential_IsSent_EvenWhenTheNumberOptedOut_AndNonEssential_WhenItDidNot()
    {
        await using var rig = await RigAsync();

        var confirmation = await rig.Outbox.EnqueueAsync(new OutgoingSms(OptedOut, "Inscription enregistrée", "confirm:registration:7", Kind: SmsKind.Essential));
        var notice = await rig.Outbox.EnqueueAsync(new OutgoingSms(Subscribed, "Rappel: formation lundi", "reminder:2"));

        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(2);
        (await RowAsync(rig, confirmation)).Should().Be(("sent", (string?)null, "essential", "africastalking"));
        (await RowAsync(rig, notice)).Should().Be(("sent", (string?)null, "non_essential", "africastalking"));
        _provider.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task NonEssential_IsQueued_AfterTheNumberSentStart()
    {
        await using var rig = await RigAsync();
        await rig.OptOuts.OptInAsync(OptedOut);

        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms(OptedOut, "Rappel: formation lundi", "reminder:3"));

        (await RowAsync(rig, id)).Status.Should().Be("queued");
    }

    [Fact]
    public async Task TestMessages_GoToTheLogSenderOnly_NeverToARealProvider()
    {
        await using var rig = await RigAsync();

        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms(Subscribed, "Inscription enregistrée", "confirm:registration:8", IsTest: true, Kind: SmsKind.Essential));

        (await rig.Dispatcher.DispatchDueAsync()).Should().Be(1);
        (await RowAsync(rig, id)).Should().Be(("sent", (string?)null, "essential", "log"));
        _provider.Requests.Should().BeEmpty();
    }
}
