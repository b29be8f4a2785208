using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;

namespace UssdGateway.Tests.Api.Records;

/// <summary><c>/api/privacy-requests</c>: staff list, erase and refuse; viewers and anonymous callers cannot; errors are JSON problems.</summary>
public sealed class PrivacyRequestApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task PrivacyRequests_AreForStaffOnly()
    {
        var (id, _, _) = await DeletionRequestedAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.CreateClient();

        (await viewer.GetAsync("/api/privacy-requests?status=pending")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/privacy-requests/{id}/erase", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PostAsync($"/api/privacy-requests/{id}/refuse", ApiRig.Json(new { reason = "non" }))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/api/privacy-requests")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"/api/privacy-requests/{id}/erase", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Erase_RemovesThePersonFromSearch_AndIsHandledOnce()
    {
        var (id, phone, _) = await DeletionRequestedAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var pending = await ApiRig.ReadJsonAsync(staff, "/api/privacy-requests?status=pending");
        using var erased = await staff.PostAsync($"/api/privacy-requests/{id}/erase", null);
        using var again = await staff.PostAsync($"/api/privacy-requests/{id}/erase", null);
        using var unknown = await staff.PostAsync("/api/privacy-requests/999999/erase", null);

        var item = pending.RootElement[0];
        item.GetProperty("kind").GetString().Should().Be("deletion");
        item.GetProperty("phone").GetString().Should().NotBe(phone).And.EndWith(phone[^2..]);
        item.GetProperty("people")[0].GetProperty("fullName").GetString().Should().Be("Awa Traoré");
        erased.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await erased.Content.ReadAsStringAsync()))
            body.RootElement.GetProperty("status").GetString().Should().Be("done");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var byName = await ApiRig.ReadJsonAsync(staff, "/api/beneficiaries?q=awa");
        using var byPhone = await ApiRig.ReadJsonAsync(staff, "/api/beneficiaries?q=" + Uri.EscapeDataString(phone[^6..]));
        byName.RootElement.GetProperty("items").GetArrayLength().Should().Be(0);
        byPhone.RootElement.GetProperty("items").GetArrayLength().Should().Be(0);
        using var handled = await ApiRig.ReadJsonAsync(staff, "/api/privacy-requests?status=handled");
        handled.RootElement[0].GetProperty("phone").GetString().Should().Be("numéro effacé");
    }

    [Fact]
    public async Task Refuse_Is400WithoutAReason_AndEraseIs409_WhenALoanIsNotRepaid()
    {
        var (id, _, awa) = await DeletionRequestedAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _rig.Factory.Services.GetRequiredService<ILoanRepository>().CreateLoanAsync(new NewLoan(
            "PRET-" + Guid.NewGuid().ToString("N")[..6], awa, null, 60_000, today.AddDays(-5), [new LoanInstalment(1, today.AddDays(25), 60_000)]), ProgrammeActor.Staff("test"));
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var erase = await staff.PostAsync($"/api/privacy-requests/{id}/erase", null);
        using var noReason = await staff.PostAsync($"/api/privacy-requests/{id}/refuse", ApiRig.Json(new { reason = "" }));
        using var refused = await staff.PostAsync($"/api/privacy-requests/{id}/refuse", ApiRig.Json(new { reason = "Prêt en cours" }));

        erase.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await erase.Content.ReadAsStringAsync()).Should().Contain("a loan is not repaid (60000 XOF outstanding)");
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).Should().Contain("reason is needed");
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("status").GetString().Should().Be("refused");
        body.RootElement.GetProperty("refusalReason").GetString().Should().Be("Prêt en cours");
    }

    private async Task<(long RequestId, string Phone, long BeneficiaryId)> DeletionRequestedAsync()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        var services = _rig.Factory.Services;
        var awa = (await services.GetRequiredService<IBeneficiaryRepository>().FindByPhoneAsync(fr))[0];
        var request = await services.GetRequiredService<IDeletionRequests>().RequestAsync(PrivacyRequestKind.Deletion, fr, awa.Id, ProgrammeActor.Ussd(fr, isTest: false));
        return (request.Request.Id, fr, awa.Id);
    }
}
