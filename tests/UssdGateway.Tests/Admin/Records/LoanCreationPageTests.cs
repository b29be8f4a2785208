using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>
/// <c>/admin/loans</c>: staff record a loan to a youth found by number (or to a cooperative) with an equal monthly
/// schedule; the youth then reads it on the USSD balance screen. Viewers see no form and are refused the post.
/// </summary>
public sealed class LoanCreationPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    private static DateOnly Today => BamakoTime.Today(TimeProvider.System);

    private static Dictionary<string, string> Loan(string reference, string phone, string principal = "150 000", int instalments = 6) => new()
    {
        ["reference"] = reference, ["phone"] = phone, ["cooperativeId"] = "", ["principal"] = principal,
        ["disbursedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["instalments"] = instalments.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<long> RegisterAsync(string phone, string name = "Kadiatou Diallo") =>
        (await _rig.Factory.Services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            phone, name, "F", 2002, "VI", "Sikasso", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false))).BeneficiaryId;

    [Fact]
    public async Task RecordLoan_WritesAnEqualMonthlySchedule_AndTheYouthReadsTheBalanceByUssd()
    {
        var services = _rig.Factory.Services;
        var phone = TestPhones.Next();
        var youth = await RegisterAsync(phone);
        (await services.GetRequiredService<IPinRepository>().SetAsync(youth, "4821", ProgrammeActor.Ussd(phone, false))).Should().Be(PinSetOutcome.Set);
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var reference = "PR-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await staff.PostFormAsync("/admin/loans", "Loan", Loan(reference, phone[4..], "100 000", 3));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain($"Prêt {reference} enregistré : 100 000 FCFA en 3 échéance(s) de 33 333 FCFA (la dernière 33 334 FCFA)");
        var loan = (await services.GetRequiredService<ILoanRepository>().GetLoansOfBeneficiaryAsync(youth)).Single();
        loan.Reference.Should().Be(reference);
        loan.Schedule.Should().Equal(
            new LoanInstalment(1, Today.AddMonths(1), 33_333), new LoanInstalment(2, Today.AddMonths(2), 33_333), new LoanInstalment(3, Today.AddMonths(3), 33_334));

        using var client = _rig.Factory.CreateClient();
        var ussd = new UssdPhone(client, phone);
        if ((await ussd.DialAsync()).StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) await ussd.SendAsync("1");
        await ussd.SendAsync("5"); // Mon compte
        (await ussd.SendAsync("1")).Should().Be("CON Votre code secret (4 chiffres):");
        (await ussd.SendAsync("4821")).Should().Match( // "Prêt" or "Pret": the GSM-7 spelling only when the screen needs it
            $"END Pr?t: reste à payer 100 000 FCFA. Prochaine échéance: 33 333 FCFA le {Today.AddMonths(1):dd/MM/yyyy}.");
    }

    [Fact]
    public async Task PreviewLoan_ShowsTheSchedule_AndRecordsNothing()
    {
        var phone = TestPhones.Next();
        var youth = await RegisterAsync(phone);
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await staff.PostFormAsync("/admin/loans", "Preview", Loan("PR-" + Guid.NewGuid().ToString("N")[..8], phone, "100 000", 3));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("Échéancier prévu (non enregistré)").And.Contain(Today.AddMonths(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))
            .And.Contain("33\u202f334").And.Contain("value=\"100 000\"");
        (await _rig.Factory.Services.GetRequiredService<ILoanRepository>().GetLoansOfBeneficiaryAsync(youth)).Should().BeEmpty();
    }

    [Fact]
    public async Task RecordLoan_IsRefusedWithAFrenchMessage_WhenTheReferenceIsTaken()
    {
        var phone = TestPhones.Next();
        await RegisterAsync(phone);
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var reference = "PR-" + Guid.NewGuid().ToString("N")[..8];
        using var first = await staff.PostFormAsync("/admin/loans", "Loan", Loan(reference, phone));

        using var again = await staff.PostFormAsync("/admin/loans", "Loan", Loan(reference, phone));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain($"la référence « {reference} » est déjà utilisée par un autre prêt");
    }

    [Fact]
    public async Task RecordLoan_GoesToTheCooperativeChosen_WhenNoNumberIsGiven()
    {
        var services = _rig.Factory.Services;
        var cooperative = await services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative("Coopérative " + Guid.NewGuid().ToString("N")[..6], CooperativeForm.ProductionCooperative, "food", "I", 20), ProgrammeActor.Staff("test"));
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var fields = Loan("PR-" + Guid.NewGuid().ToString("N")[..8], "", "500000", 12);
        fields["cooperativeId"] = cooperative.ToString(CultureInfo.InvariantCulture);

        using var response = await staff.PostFormAsync("/admin/loans", "Loan", fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var loan = (await services.GetRequiredService<ILoanRepository>().GetLoansOfCooperativeAsync(cooperative)).Single();
        loan.Schedule.Should().HaveCount(12);
        loan.Schedule.Sum(i => i.AmountXof).Should().Be(500_000);
    }

    [Theory]
    [InlineData("principal", "cent mille", "montant non valide")]
    [InlineData("instalments", "37", "le nombre d'échéances mensuelles va de 1 à 36")]
    [InlineData("instalments", "0", "le nombre d'échéances mensuelles va de 1 à 36")]
    [InlineData("reference", "", "la référence est obligatoire")]
    [InlineData("phone", "+22390000000", "personne n'est inscrit sur le +22390000000")]
    [InlineData("phone", "", "indiquez soit le numéro d'un bénéficiaire inscrit, soit une coopérative")]
    public async Task RecordLoan_Is400WithTheReason_WhenAFieldIsWrong(string field, string value, string reason)
    {
        var phone = TestPhones.Next();
        await RegisterAsync(phone);
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var fields = Loan("PR-" + Guid.NewGuid().ToString("N")[..8], phone);
        fields[field] = value;

        using var response = await staff.PostFormAsync("/admin/loans", "Loan", fields);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Prêt refusé : " + reason);
    }

    [Fact]
    public async Task RecordLoan_AsksWhoBorrows_WhenSeveralPeopleShareTheNumber()
    {
        var phone = TestPhones.Next();
        await RegisterAsync(phone, "Awa Koné");
        var mariam = await RegisterAsync(phone, "Mariam Koné");
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var fields = Loan("PR-" + Guid.NewGuid().ToString("N")[..8], phone);

        using var ask = await staff.PostFormAsync("/admin/loans", "Loan", new(fields));
        fields["beneficiaryId"] = mariam.ToString(CultureInfo.InvariantCulture);
        using var chosen = await staff.PostFormAsync("/admin/loans", "Loan", fields);

        ask.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await ask.Content.ReadAsStringAsync()).Should().Contain("choisissez qui emprunte").And.Contain("Mariam Koné").And.Contain("name=\"beneficiaryId\"");
        chosen.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _rig.Factory.Services.GetRequiredService<ILoanRepository>().GetLoansOfBeneficiaryAsync(mariam)).Should().ContainSingle();
    }

    [Fact]
    public async Task LoanForm_IsHiddenFromAViewer_AndItsPostForbidden()
    {
        var phone = TestPhones.Next();
        var youth = await RegisterAsync(phone);
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.AnonymousClient();

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync("/admin/loans"));
        using var post = await viewer.PostFormAsync("/admin/loans", "Loan", Loan("PR-VIEWER", phone));
        using var anonymousPost = await anonymous.PostAsync("/admin/loans?handler=Loan", new FormUrlEncodedContent(Loan("PR-ANON", phone)));

        html.Should().NotContain("Enregistrer un prêt");
        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        anonymousPost.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _rig.Factory.Services.GetRequiredService<ILoanRepository>().GetLoansOfBeneficiaryAsync(youth)).Should().BeEmpty();
    }
}
