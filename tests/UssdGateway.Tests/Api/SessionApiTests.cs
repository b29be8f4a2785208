using System.Net;
using System.Text.Json;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Tests.Api;

/// <summary><c>/api/sessions/{id}/move|cancel</c>: staff change a session and everyone booked is told at once.</summary>
public sealed class SessionApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Move_TellsEveryoneBooked_InTheirLanguage_WithTheNewTimeAndPlace()
    {
        var (_, session, fr, bm) = await _rig.BookedSessionAsync();
        using var client = await _rig.ClientAsync(StaffRole.Staff);
        var newStart = DateTimeOffset.UtcNow.AddDays(3).Date.AddHours(14).AddMinutes(30);

        using var response = await client.PostAsync($"/api/sessions/{session}/move", ApiRig.Json(new { startsAt = new DateTimeOffset(newStart, TimeSpan.Zero), place = "CLAC de Sébénikoro" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        result.RootElement.GetProperty("told").GetInt32().Should().Be(2);
        var texts = Texts("notice:training-moved:");
        texts[fr].Should().Contain("déplacée").And.Contain("14h30").And.Contain("CLAC de Sébénikoro");
        texts[bm].Should().Contain("yèlèmana", "Bakary chose Bambara (sent in the GSM-7 spelling)").And.Contain("14h30");
    }

    [Fact]
    public async Task Cancel_TellsEveryoneBooked_AndASecondCancelIs404()
    {
        var (_, session, fr, bm) = await _rig.BookedSessionAsync();
        using var client = await _rig.ClientAsync(StaffRole.Staff);

        (await client.PostAsync($"/api/sessions/{session}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var again = await client.PostAsync($"/api/sessions/{session}/cancel", null);

        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await again.Content.ReadAsStringAsync()).Should().Contain("already cancelled");
        Texts("notice:training-cancelled:").Keys.Should().BeEquivalentTo([fr, bm]);
    }

    [Fact]
    public async Task Move_IsRefused_ForAViewer_ForAPastStart_AndForAnUnknownSession()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var future = ApiRig.Json(new { startsAt = DateTimeOffset.UtcNow.AddDays(5) });

        (await viewer.PostAsync($"/api/sessions/{session}/move", future)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/api/sessions/{session}/move", ApiRig.Json(new { startsAt = DateTimeOffset.UtcNow.AddDays(-1) }))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await staff.PostAsync("/api/sessions/999999/move", ApiRig.Json(new { startsAt = DateTimeOffset.UtcNow.AddDays(5) }))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Texts("notice:").Should().BeEmpty();
    }

    [Fact]
    public async Task JobsDashboard_IsServedToStaff_UnderAdminJobs()
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        using var page = await staff.GetAsync("/admin/jobs/recurring");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("training-reminders").And.Contain("sms-dispatch");
        (await viewer.GetAsync("/admin/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private Dictionary<string, string> Texts(string keyPrefix)
    {
        using var db = _rig.Factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT recipient_e164, text FROM sms_outbox WHERE idempotency_key LIKE $prefix";
        command.Parameters.AddWithValue("$prefix", keyPrefix + "%");
        using var reader = command.ExecuteReader();
        var texts = new Dictionary<string, string>();
        while (reader.Read()) texts[reader.GetString(0)] = reader.GetString(1);
        return texts;
    }
}
