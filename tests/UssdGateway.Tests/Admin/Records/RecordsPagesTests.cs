using System.Net;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>The records pages: every role reads them; only staff see and post the forms.</summary>
public sealed class RecordsPagesTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Theory]
    [InlineData("/admin/beneficiaries")]
    [InlineData("/admin/sessions")]
    [InlineData("/admin/cooperatives")]
    [InlineData("/admin/loans")]
    [InlineData("/admin/messages?direction=out")]
    public async Task RecordsPage_ShowsNoForm_ToAViewer(string path)
    {
        await _rig.BookedSessionAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        var html = await viewer.GetStringAsync(path);

        html.Should().NotContain("method=\"post\" action=\"" + path.Split('?')[0]);
        html.Split("method=\"post\"").Length.Should().Be(2, "the only form a viewer sees is the sign-out button");
    }

    [Fact]
    public async Task SessionPage_ListsWhoBooked_AndRefusesAViewersCancel()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        var html = await viewer.GetStringAsync($"/admin/sessions/{session}");
        using var cancel = await viewer.PostFormAsync($"/admin/sessions/{session}", "Cancel", []);

        html.Should().Contain("Awa Traoré").And.Contain("Bakary Keita").And.Contain("2 / 20");
        cancel.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.GetStringAsync($"/admin/sessions/{session}")).Should().Contain("prévue");
    }

    [Fact]
    public async Task SessionsPage_CreatesASession_WhenStaffPostTheForm()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var start = DateTime.UtcNow.AddDays(10).Date.AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        using var created = await staff.PostFormAsync("/admin/sessions", "Session", new()
        {
            ["cohortId"] = cohort.ToString(System.Globalization.CultureInfo.InvariantCulture), ["startsAt"] = start, ["place"] = "CLAC de Sébénikoro",
            ["language"] = "bm", ["capacity"] = "15", ["trainer"] = "M. Coulibaly",
        });

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await staff.GetStringAsync(created.Headers.Location!.ToString());
        page.Should().Contain("CLAC de Sébénikoro").And.Contain("0 / 15");
    }

    [Fact]
    public async Task SessionPage_CancelTellsEveryoneBooked_WhenStaffPostIt()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var cancelled = await staff.PostFormAsync($"/admin/sessions/{session}", "Cancel", []);

        cancelled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await cancelled.Content.ReadAsStringAsync()).Should().Contain("Séance annulée ; 2 personne(s) prévenue(s) par SMS.");
    }
}
