using System.Net;
using Dapper;
using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary><c>/admin/messages</c>: SMS by status; staff put a failed received SMS back to be processed again.</summary>
public sealed class MessagesPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Reprocess_PutsAFailedSmsBackToReceived_WhenStaffPostIt()
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        await SeedAsync();

        var failed = await staff.GetStringAsync("/admin/messages?direction=in&status=failed");
        using var response = await staff.PostFormAsync("/admin/messages", "Reprocess", new() { ["id"] = "1" });
        using var again = await staff.PostFormAsync("/admin/messages", "Reprocess", new() { ["id"] = "1" });

        failed.Should().Contain("STOP").And.NotContain("AIDE").And.Contain("Retraiter");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("SMS 1 remis à traiter");
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest, "it is no longer failed");
        using var db = _rig.Factory.OpenDatabase();
        (await db.QuerySingleAsync<string>("SELECT status FROM sms_inbox WHERE id = 1")).Should().NotBe("failed");
    }

    [Fact]
    public async Task Reprocess_IsRefused_ToAViewer()
    {
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        await SeedAsync();

        (await viewer.GetStringAsync("/admin/messages?status=failed")).Should().Contain("STOP").And.NotContain("Retraiter");
        using var response = await viewer.PostFormAsync("/admin/messages", "Reprocess", new() { ["id"] = "1" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var db = _rig.Factory.OpenDatabase();
        (await db.QuerySingleAsync<string>("SELECT status FROM sms_inbox WHERE id = 1")).Should().Be("failed");
    }

    private async Task SeedAsync()
    {
        using var db = _rig.Factory.OpenDatabase();
        foreach (var (id, text, status) in new[] { (1, "STOP", "failed"), (2, "AIDE", "processed") })
        {
            await db.ExecuteAsync("""
                INSERT INTO sms_inbox (id, provider, provider_message_id, from_raw, from_e164, to_address, text, received_at, status, error)
                VALUES (@id, 'africastalking', @messageId, @from, @from, '36123', @text, @at, @status, @error);
                """,
                new
                {
                    id, text, status, messageId = $"ATXid_{id}", from = $"+2237640000{id}",
                    at = $"2026-11-29T10:0{id - 1}:00.0000000Z",
                    error = status == "failed" ? "TimeoutException: database busy" : null,
                });
        }
    }
}
