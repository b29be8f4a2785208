using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Tests.Api;

/// <summary><c>/api/broadcasts</c>: preview, send, follow; staff only, with a reason for every refusal.</summary>
public sealed class BroadcastApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Preview_ShowsRecipientsEncodingPartsPerLanguage_AndSendsNothing()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var client = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await client.PostAsync("/api/broadcasts/preview", ApiRig.Json(Body(cohort)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var preview = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        preview.RootElement.GetProperty("recipients").GetInt32().Should().Be(2);
        var languages = preview.RootElement.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("language").GetString()!);
        languages["bm"].GetProperty("text").GetString().Should().Be("Kalan sini tè kè: sanji don");
        languages["bm"].GetProperty("encoding").GetString().Should().Be("gsm7");
        languages["fr"].GetProperty("segments").GetInt32().Should().Be(1);
        CountOutbox().Should().Be(0);
    }

    [Fact]
    public async Task Send_Answers201WithTheBroadcast_AndItsMessagesAreQueued_OnePerNumber()
    {
        var (cohort, _, fr, bm) = await _rig.BookedSessionAsync();
        using var client = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await client.PostAsync("/api/broadcasts", ApiRig.Json(Body(cohort)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var location = response.Headers.Location!.ToString();
        using var status = JsonDocument.Parse(await client.GetStringAsync(location));
        status.RootElement.GetProperty("recipients").GetInt32().Should().Be(2);
        status.RootElement.GetProperty("messages").GetProperty("queued").GetInt32().Should().Be(2);
        Recipients().Should().BeEquivalentTo([fr, bm]);
    }

    [Theory]
    [InlineData("""{"audience": {"kind": "everyone"}, "textFr": "a", "textBm": "b"}""", "is not one of")]
    [InlineData("""{"audience": {"kind": "cohort", "value": "x"}, "textFr": "a", "textBm": "b"}""", "cohort's id")]
    [InlineData("""{"audience": {"kind": "leaders"}, "textFr": "a"}""", "Bambara")]
    [InlineData("""{"textFr": "a", "textBm": "b"}""", "audience.kind")]
    public async Task ABodyThatIsNotABroadcast_Gets400WithTheReason(string body, string reason)
    {
        using var client = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await client.PostAsync("/api/broadcasts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
        CountOutbox().Should().Be(0);
    }

    [Fact]
    public async Task AViewer_CannotSend_AndAnonymousGets401()
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.CreateClient();

        (await viewer.PostAsync("/api/broadcasts", ApiRig.Json(Body(1)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await anonymous.PostAsync("/api/broadcasts/preview", ApiRig.Json(Body(1)))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await viewer.GetAsync("/api/broadcasts/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static object Body(long cohort) => new
    {
        audience = new { kind = "cohort", value = cohort.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        textFr = "Pas de formation demain: jour de pluie",
        textBm = "Kalan sini tɛ kɛ: sanji don",
    };

    private long CountOutbox()
    {
        using var db = _rig.Factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key LIKE 'broadcast:%'";
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Recipients()
    {
        using var db = _rig.Factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT recipient_e164 FROM sms_outbox WHERE idempotency_key LIKE 'broadcast:%'";
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }
}
