using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// A sales report by SMS end to end, on a fixed clock (Sunday 29 November 2026, Bamako): a raw Africa's Talking body
/// <c>VENTE nov 150 000</c> from a seeded leader reaches the programme figures, and the confirmation is in the outbox (the provider is a closed port: it waits for a retry).
/// </summary>
public sealed class SalesBySmsTests : IDisposable
{
    private const string Leader = "+22376300001";
    private static readonly ProgrammeActor Staff = ProgrammeActor.Staff("test-staff");
    private readonly GatewayFactory _factory = SmsGateway.Create(
        new Dictionary<string, string?> { ["Jobs:RunServer"] = "true" },
        services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero))));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task VenteWithAMonthName_FromALeader_ReachesTheProgrammeFigures_AndQueuesTheConfirmation()
    {
        var cooperatives = _factory.Services.GetRequiredService<ICooperativeRepository>();
        var cooperative = await cooperatives.CreateAsync(new NewCooperative("GIE Jɛkafɔ", CooperativeForm.Gie, "food", "VI", 8), Staff);
        await cooperatives.AddLeaderAsync(cooperative, Leader, null, Staff);
        using var client = _factory.CreateClient();

        const string body = "from=%2B22376300001&to=36123&text=VENTE+nov+150+000&date=2026-11-29+10%3A00%3A00&id=ATXid_sales1&linkId=L1&networkCode=61002";
        using var response = await client.PostAsync("/webhooks/africastalking/sms", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = _factory.OpenDatabase();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        (long Id, string Status, string? Error) row;
        while ((row = await db.QuerySingleAsync<(long, string, string?)>("SELECT id, status, error FROM sms_inbox WHERE provider_message_id = 'ATXid_sales1'")).Status == "received")
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the processor marks a stored message promptly");
            await Task.Delay(20);
        }
        row.Status.Should().Be("processed", row.Error);

        var figures = await _factory.Services.GetRequiredService<IProgrammeFigures>().GetSalesAsync(new SalesMonth(2026, 11), new SalesMonth(2026, 11));
        figures.Should().ContainSingle(f => f.CooperativeId == cooperative).Which.AmountXof.Should().Be(150_000);
        var reply = await db.QuerySingleAsync<(string Text, string Status, string Kind)>(
            "SELECT text, status, kind FROM sms_outbox WHERE idempotency_key = @key", new { key = $"sms-reply:{row.Id}" });
        (reply.Text, reply.Kind).Should().Be(("Merci! Ventes de GIE Jèkafò pour 11/2026: 150 000 FCFA enregistrées.", "essential"));
        reply.Status.Should().BeOneOf(["queued", "sending"], "the provider here is a closed port: the reply waits for a retry");
    }

    [Fact]
    public async Task Vente_FromALeaderAddedThroughTheApi_IsRecordedForTheNewCooperative()
    {
        var key = await _factory.Services.GetRequiredService<IApiKeys>().CreateAsync("staff-sales", StaffRole.Staff, "test");
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);
        using var created = await client.PostAsync("/api/cooperatives", Json("""{"name":"Coopérative Sabati","form":"service_cooperative","sector":"food","commune":"V","membersCount":6}"""));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var cooperative = long.Parse(created.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        using var leader = await client.PostAsync($"/api/cooperatives/{cooperative}/leaders", Json("""{"phone":"76 30 00 02"}"""));
        leader.StatusCode.Should().Be(HttpStatusCode.Created);

        const string body = "from=%2B22376300002&to=36123&text=VENTE+nov+42000&date=2026-11-29+10%3A00%3A00&id=ATXid_sales2&linkId=L2&networkCode=61002";
        using var response = await client.PostAsync("/webhooks/africastalking/sms", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        using var db = _factory.OpenDatabase();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        (string Status, string? Outcome) row;
        while ((row = await db.QuerySingleAsync<(string, string?)>("SELECT status, outcome FROM sms_inbox WHERE provider_message_id = 'ATXid_sales2'")).Status == "received")
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the processor marks a stored message promptly");
            await Task.Delay(20);
        }
        row.Status.Should().Be("processed", row.Outcome);
        var report = await _factory.Services.GetRequiredService<ICooperativeRepository>().GetReportAsync(cooperative, new SalesMonth(2026, 11));
        report!.AmountXof.Should().Be(42_000);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
