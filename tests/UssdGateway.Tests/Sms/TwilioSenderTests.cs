using System.Text;
using Dapper;
using UssdGateway.Core.Sms;

namespace UssdGateway.Tests.Sms;

/// <summary>The outbox sent through the Twilio SDK, its base address rewritten to a local fake speaking Twilio's JSON.</summary>
public sealed class TwilioSenderTests : IAsyncLifetime
{
    private const string AccountSid = "AC11111111111111111111111111111111";
    private FakeTwilio _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilio.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    private Task<OutboxRig> RigAsync() => OutboxRig.StartAsync(new Dictionary<string, string?>
    {
        ["Sms:Twilio:AccountSid"] = AccountSid,
        ["Sms:Twilio:AuthToken"] = "secret-token",
        ["Sms:Twilio:From"] = "+15005550006",
        ["Sms:Twilio:BaseUrl"] = _twilio.BaseUrl,
        ["Sms:Routing:default:0"] = "twilio",
        ["Sms:Dispatch:MaxAttempts"] = "2",
    });

    public static TheoryData<string, int, int, string, string> Answers() => new()
    {
        // name, HTTP status, Twilio code, outbox status, failure reason start
        { "accepted", 201, 0, "sent", "" },
        { "invalid number", 400, 21211, "failed", "Twilio error 21211 (HTTP 400)" },
        { "not a mobile", 400, 21614, "failed", "Twilio error 21614 (HTTP 400)" },
        { "opted out", 400, 21610, "failed", "Twilio error 21610 (HTTP 400)" },
        { "throttled", 429, 20429, "queued", "twilio: Twilio error 20429 (HTTP 429)" },
        { "server error", 500, 20500, "queued", "twilio: Twilio error 20500 (HTTP 500)" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Dispatch_JudgesTwilioAnswer_ThroughTheSdk(string name, int status, int code, string outboxStatus, string reason)
    {
        await using var rig = await RigAsync();
        _twilio.Answer = (status, code);
        var id = await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123456", "Bonjour ɲɛ", "twilio-" + name));

        await rig.Dispatcher.DispatchDueAsync();

        using var db = rig.OpenDatabase();
        var row = await db.QuerySingleAsync<(string Status, string? Reason, string? Sid)>(
            "SELECT status, failure_reason, provider_message_id FROM sms_outbox WHERE id = @id", new { id });
        row.Status.Should().Be(outboxStatus, name);
        (row.Reason ?? "").Should().StartWith(reason, name);
        if (outboxStatus == "sent") row.Sid.Should().StartWith("SM", name);
        var form = _twilio.Requests.Single();
        form.Should().Contain(new KeyValuePair<string, string>("To", "+22376123456")).And.Contain(new KeyValuePair<string, string>("Body", "Bonjour ɲɛ"));
        _twilio.Authorizations.Single().Should().Be("Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(AccountSid + ":secret-token")));
    }

    [Fact]
    public async Task Dispatch_RecordsTheOptOut_WhenTwilioAnswers21610()
    {
        await using var rig = await RigAsync();
        _twilio.Answer = (400, 21610);
        await rig.Outbox.EnqueueAsync(new OutgoingSms("+22376123499", "Rappel", "twilio-21610-optout"));

        await rig.Dispatcher.DispatchDueAsync();

        using var db = rig.OpenDatabase();
        (await db.QuerySingleAsync<string>("SELECT source FROM sms_opt_outs WHERE phone_e164 = '+22376123499'")).Should().Be("twilio-opted-out");
    }
}
