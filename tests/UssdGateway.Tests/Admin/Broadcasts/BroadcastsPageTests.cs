using System.Globalization;
using System.Net;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Broadcasts;

/// <summary><c>/admin/broadcasts</c>: compose, preview (nothing sent), send and follow a broadcast; staff and admins only.</summary>
public sealed class BroadcastsPageTests : IDisposable
{
    private const string TextFr = "Pas de formation demain: jour de pluie";
    private const string TextBm = "Kalan sini tɛ kɛ: sanji don";

    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Preview_ShowsRecipientsTheTextAsSentEncodingAndParts_AndSendsNothing()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await PostAsync(staff, "Preview", Form(cohort));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("data-figure=\"recipients\">2<").And.Contain("data-figure=\"opted-out\">0<")
            .And.Contain("Kalan sini tè kè: sanji don", "the Bambara text is shown in its GSM-7 spelling")
            .And.Contain("data-field=\"encoding\">GSM-7<").And.NotContain("UCS-2<");
        CountBroadcastMessages().Should().Be(0);
    }

    [Fact]
    public async Task Send_QueuesOneMessagePerNumber_AndOpensTheBroadcastWithItsMessagesByStatus()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await PostAsync(staff, "Send", Form(cohort));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.Should().StartWith("/admin/broadcasts/");
        var detail = await staff.GetStringAsync(location);
        detail.Should().Contain("data-status=\"queued\"").And.Contain("data-value=\"2\"");
        CountBroadcastMessages().Should().Be(2);
        (await staff.GetStringAsync("/admin/broadcasts")).Should().Contain($"href=\"{location}\"", "the broadcast is listed");
    }

    [Fact]
    public async Task Preview_ExplainsWhatIsMissing_WhenTheBambaraTextIsEmpty()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var form = Form(cohort);
        form["Form.TextBm"] = " ";

        using var response = await PostAsync(staff, "Send", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("français et en bambara");
        CountBroadcastMessages().Should().Be(0);
    }

    [Fact]
    public async Task BroadcastsPage_Answers403_ForAViewer()
    {
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        using var response = await viewer.GetAsync("/admin/broadcasts");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Send_Answers400AndSendsNothing_WithoutTheAntiforgeryToken()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/admin/broadcasts?handler=Send", new FormUrlEncodedContent(Form(cohort)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        CountBroadcastMessages().Should().Be(0);
    }

    private static Dictionary<string, string> Form(long cohort) => new()
    {
        ["Form.Kind"] = "cohort",
        ["Form.Cohort"] = cohort.ToString(CultureInfo.InvariantCulture),
        ["Form.TextFr"] = TextFr,
        ["Form.TextBm"] = TextBm,
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await ConsoleSignIn.AntiforgeryTokenAsync(client, "/admin/broadcasts");
        return await client.PostAsync("/admin/broadcasts?handler=" + handler, new FormUrlEncodedContent(fields));
    }

    private long CountBroadcastMessages()
    {
        using var db = _rig.Factory.OpenDatabase();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_outbox WHERE idempotency_key LIKE 'broadcast:%'";
        return (long)command.ExecuteScalar()!;
    }
}
