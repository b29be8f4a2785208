using System.Net;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// Inbound SMS through the real host: a raw Africa's Talking body is posted, the inbox processor (woken by the store)
/// handles it off the request, and the test waits on the inbox row's status (polled with a deadline), then reads back
/// the reply queued in <c>sms_outbox</c> (the dispatcher is off) and what the keyword changed.
/// </summary>
public sealed class InboxProcessingTests : IDisposable
{
    private const string Path = "/webhooks/africastalking/sms";
    private static readonly ProgrammeActor Staff = ProgrammeActor.Staff("test-staff");
    private readonly GatewayFactory _factory = SmsGateway.Create(new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" });
    private readonly HttpClient _client;
    private int _next;

    public InboxProcessingTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static SalesMonth Current => SalesMonth.Current(TimeProvider.System);

    /// <summary>Posts the message as Africa's Talking does and waits until the processor has marked it; returns (status, outcome, reply).</summary>
    private async Task<(string Status, string? Outcome, string? Reply)> SendAsync(string from, string text)
    {
        var id = $"ATXid_in{Interlocked.Increment(ref _next)}_{Guid.NewGuid():N}";
        var body = $"from={Uri.EscapeDataString(from)}&to=36123&text={Uri.EscapeDataString(text)}&date=2026-11-29+10%3A00%3A00&id={id}&linkId=L1&networkCode=61002";
        using var response = await _client.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = _factory.OpenDatabase();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var row = await db.QuerySingleAsync<(long Id, string Status, string? Outcome, string? Error)>(
                "SELECT id, status, outcome, error FROM sms_inbox WHERE provider_message_id = @id", new { id });
            if (row.Status != "received")
            {
                row.Error.Should().BeNull();
                var reply = await db.QuerySingleOrDefaultAsync<string>(
                    "SELECT text FROM sms_outbox WHERE idempotency_key IN (@reply, @help)", new { reply = $"sms-reply:{row.Id}", help = $"sms-help:{row.Id}" });
                return (row.Status, row.Outcome, reply);
            }
            DateTime.UtcNow.Should().BeBefore(deadline, "the processor marks a stored message promptly");
            await Task.Delay(20);
        }
    }

    private async Task<long> CooperativeLedByAsync(string name, string phone)
    {
        var cooperatives = _factory.Services.GetRequiredService<ICooperativeRepository>();
        var id = await cooperatives.CreateAsync(new NewCooperative(name, CooperativeForm.Gie, "food", "II", 10), Staff);
        await cooperatives.AddLeaderAsync(id, phone, null, Staff);
        return id;
    }

    private SqliteConnection Db() => _factory.OpenDatabase();

    [Fact]
    public async Task Stop_RecordsTheOptOut_Confirms_ThenNoHelpForOtherTexts_AndStartOptsBackIn()
    {
        const string phone = "+22376200001";

        var stop = await SendAsync(phone, "Arrêt");
        stop.Status.Should().Be("processed");
        stop.Reply.Should().StartWith("Vous ne recevrez plus nos SMS");
        using (var db = Db())
            (await db.QuerySingleAsync<string>("SELECT source FROM sms_opt_outs WHERE phone_e164 = @phone", new { phone })).Should().Be("keyword");

        var other = await SendAsync(phone, "bonjour");
        other.Status.Should().Be("ignored");
        other.Outcome.Should().Contain("opted out");
        other.Reply.Should().BeNull("an opted-out number gets no help text for a message without keyword");

        var start = await SendAsync(phone, "start");
        start.Status.Should().Be("processed");
        start.Reply.Should().StartWith("C'est noté");
        using (var db = Db())
            (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_opt_outs WHERE phone_e164 = @phone", new { phone })).Should().Be(0);
        (await _factory.Services.GetRequiredService<ISmsOptOuts>().IsOptedOutAsync(phone)).Should().BeFalse();
    }

    [Fact]
    public async Task Help_IsSentOnceAnHour_ForKeywordAndUnknownTextAlike()
    {
        const string phone = "+22376200002";

        var first = await SendAsync(phone, "AIDE");
        first.Status.Should().Be("processed");
        first.Reply.Should().StartWith("RENAPESS: VENTE mois montant");

        var second = await SendAsync(phone, "n'importe quoi");
        second.Status.Should().Be("ignored");
        second.Outcome.Should().Contain("help already sent within the hour");
        second.Reply.Should().BeNull();

        var other = await SendAsync("+22376200003", "n'importe quoi");
        other.Status.Should().Be("processed");
        other.Reply.Should().StartWith("RENAPESS: VENTE mois montant", "anything else gets the help text");
    }

    [Fact]
    public async Task Reply_IsInTheLanguageTheNumberChose()
    {
        const string phone = "+22376200004";
        await _factory.Services.GetRequiredService<ICallerPreferences>().SetLanguageAsync(phone, "bm");

        var help = await SendAsync(phone, "info");

        help.Reply.Should().StartWith("RENAPESS: FEERE kalo wari").And.Contain("TOGO i tògò").And.NotContain("ɛ", "texts go in their GSM-7 spelling");
    }

    [Fact]
    public async Task Vente_FromALeader_RecordsTheLastMonth_ThenACorrection_ThenTheCurrentMonth()
    {
        const string phone = "+22376200005";
        var cooperative = await CooperativeLedByAsync("GIE Sabati", phone);
        var last = Current.Previous();

        var first = await SendAsync(phone, "vente 150 000");
        first.Status.Should().Be("processed");
        first.Reply.Should().Be($"Merci! Ventes de GIE Sabati pour {Label(last)}: 150 000 FCFA enregistrées.", "no month is the month just ended");

        var correction = await SendAsync(phone, "VNETE 175.000");
        correction.Reply.Should().Be($"Ventes de GIE Sabati pour {Label(last)} corrigées: 175 000 FCFA (avant: 150 000 FCFA).");

        var current = await SendAsync(phone, $"VENTE {Current} 90000");
        current.Reply.Should().Contain($"pour {Label(Current)}: 90 000 FCFA enregistrées");

        using var db = Db();
        var rows = (await db.QueryAsync<(string Month, long Amount, string Channel, string By, long IsCurrent)>(
            "SELECT month, amount_xof, channel, reported_by, is_current FROM sales_reports WHERE cooperative_id = @cooperative ORDER BY id",
            new { cooperative })).ToList();
        rows.Should().Equal(
            (last.ToString(), 150_000L, "sms", phone, 0L),
            (last.ToString(), 175_000L, "sms", phone, 1L),
            (Current.ToString(), 90_000L, "sms", phone, 1L));
    }

    [Fact]
    public async Task Vente_RefusesAFutureOrOlderMonth_AndExplainsABadAmount()
    {
        const string phone = "+22376200006";
        var cooperative = await CooperativeLedByAsync("GIE Nyeta", phone);

        (await SendAsync(phone, $"VENTE 1000 {Current.Next()}")).Reply.Should().StartWith($"Mois {Label(Current.Next())} refusé");
        (await SendAsync(phone, $"VENTE 1000 {Current.Previous().Previous()}")).Reply.Should().StartWith($"Mois {Label(Current.Previous().Previous())} refusé");
        (await SendAsync(phone, "VENTE beaucoup")).Reply.Should().StartWith("Pour déclarer vos ventes");

        using var db = Db();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sales_reports WHERE cooperative_id = @cooperative", new { cooperative })).Should().Be(0);
    }

    [Fact]
    public async Task Vente_FromANumberLeadingNothing_IsPolitelyRefused()
    {
        var reply = await SendAsync("+22376200007", "VENTE 150000");

        reply.Status.Should().Be("processed");
        reply.Reply.Should().StartWith("Ce numéro ne dirige aucune coopérative du programme");
    }

    [Fact]
    public async Task Vente_FromALeaderOfSeveral_ListsThem_ThenTakesTheNumberChosen()
    {
        const string phone = "+22376200008";
        await CooperativeLedByAsync("GIE Benkadi Sud", phone);
        var second = await CooperativeLedByAsync("GIE Jigiya Nord", phone);

        var list = await SendAsync(phone, "VENTE 150000");
        list.Reply.Should().StartWith("Vous dirigez plusieurs coopératives: 1. GIE Benkadi Sud, 2. GIE Jigiya Nord.");

        var chosen = await SendAsync(phone, "VENTE 2 80 000");
        chosen.Reply.Should().Contain("GIE Jigiya Nord").And.Contain("80 000 FCFA enregistrées");
        using var db = Db();
        (await db.QuerySingleAsync<long>("SELECT amount_xof FROM sales_reports WHERE cooperative_id = @second AND is_current = 1", new { second }))
            .Should().Be(80_000);
    }

    [Fact]
    public async Task Processing_TwiceOverTheSameMessage_MarksItOnce_AndQueuesOneReply()
    {
        var processor = _factory.Services.GetRequiredService<SmsInboxProcessor>();
        var handled = await SendAsync("+22376200009", "STOP");

        await processor.ProcessReceivedAsync();
        using var db = Db();
        (await db.ExecuteScalarAsync<long>("UPDATE sms_inbox SET status = 'received' WHERE status = 'processed'; SELECT changes();")).Should().BeGreaterThan(0);
        await Task.WhenAll(processor.ProcessReceivedAsync(), processor.ProcessReceivedAsync());

        handled.Status.Should().Be("processed");
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_outbox WHERE recipient_e164 = '+22376200009'")).Should().Be(1);
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox WHERE status = 'received'")).Should().Be(0);
    }

    private static string Label(SalesMonth month) => SmsKeywordHandler.Label(month);
}
