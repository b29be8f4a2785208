using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary><c>/admin/privacy</c>: staff erase a person's data (confirmed) or refuse with a reason; viewers read; a loan not repaid blocks erasure.</summary>
public sealed class PrivacyPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Erase_RemovesThePersonFromSearch_WhenStaffConfirm()
    {
        var (requestId, phone, awa) = await DeletionRequestedAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        var seen = WebUtility.HtmlDecode(await viewer.GetStringAsync("/admin/privacy"));
        using var byViewer = await viewer.PostFormAsync("/admin/privacy", "Erase", Fields(requestId, ("confirm", "true")));
        using var unconfirmed = await staff.PostFormAsync("/admin/privacy", "Erase", Fields(requestId));
        using var erased = await staff.PostFormAsync("/admin/privacy", "Erase", Fields(requestId, ("confirm", "true")));

        seen.Should().Contain("Awa Traoré").And.Contain("Suppression des données").And.Contain("En attente (1)").And.NotContain(phone);
        seen.Split("method=\"post\"").Length.Should().Be(2, "a viewer sees no form but the sign-out button");
        byViewer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()).Should().Contain("Cochez la case de confirmation");
        erased.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await erased.Content.ReadAsStringAsync()).Should().Contain("Données effacées (1 personne(s)), numéro et SMS compris")
            .And.Contain("données effacées").And.Contain("numéro effacé");
        var found = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/beneficiaries?q=Awa"));
        found.Should().NotContain("Awa Traoré").And.Contain("Demandes sur les données en attente : 0");
        WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/beneficiaries?q=" + Uri.EscapeDataString(phone[^7..]))).Should().Contain("Personne ne correspond");
        WebUtility.HtmlDecode(await viewer.GetStringAsync($"/admin/beneficiaries/{awa}")).Should().Contain("Personne supprimée")
            .And.Contain("Données personnelles effacées").And.NotContain(phone);
    }

    [Fact]
    public async Task Erase_IsRefusedAndRefusalNeedsAReason_WhenALoanIsNotRepaid()
    {
        var (requestId, _, awa) = await DeletionRequestedAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _rig.Factory.Services.GetRequiredService<ILoanRepository>().CreateLoanAsync(new NewLoan(
            "PRET-" + Guid.NewGuid().ToString("N")[..6], awa, null, 60_000, today.AddDays(-5), [new LoanInstalment(1, today.AddDays(25), 60_000)]), ProgrammeActor.Staff("test"));
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/privacy"));
        using var erase = await staff.PostFormAsync("/admin/privacy", "Erase", Fields(requestId, ("confirm", "true")));
        using var noReason = await staff.PostFormAsync("/admin/privacy", "Refuse", Fields(requestId, ("reason", " ")));
        using var refused = await staff.PostFormAsync("/admin/privacy", "Refuse", Fields(requestId, ("reason", "Prêt en cours de remboursement")));

        page.Should().Contain("Prêt non remboursé : reste 60\u202f000 F CFA").And.NotContain("Effacer les données</button>");
        erase.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await erase.Content.ReadAsStringAsync()).Should().Contain("un prêt n'est pas remboursé");
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()).Should().Contain("Donnez le motif du refus");
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should().Contain("Demande refusée").And.Contain("Prêt en cours de remboursement");
        (await staff.GetStringAsync("/admin/beneficiaries?q=Awa")).Should().Contain("Awa Traoré");
    }

    [Fact]
    public async Task PrivacyPage_SendsAnonymousVisitorsToSignIn()
    {
        using var anonymous = _rig.Factory.AnonymousClient();

        using var response = await anonymous.GetAsync("/admin/privacy");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("login", Exactly.Once());
    }

    private async Task<(long RequestId, string Phone, long BeneficiaryId)> DeletionRequestedAsync()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        var services = _rig.Factory.Services;
        var awa = (await services.GetRequiredService<IBeneficiaryRepository>().FindByPhoneAsync(fr))[0];
        var request = await services.GetRequiredService<IDeletionRequests>().RequestAsync(PrivacyRequestKind.Deletion, fr, awa.Id, ProgrammeActor.Ussd(fr, isTest: false));
        return (request.Request.Id, fr, awa.Id);
    }

    private static Dictionary<string, string> Fields(long requestId, params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { ["requestId"] = requestId.ToString(CultureInfo.InvariantCulture) };
        foreach (var (key, value) in more) fields[key] = value;
        return fields;
    }
}
