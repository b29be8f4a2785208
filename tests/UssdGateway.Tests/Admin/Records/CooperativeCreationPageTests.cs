using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>
/// <c>/admin/cooperatives</c>: staff create a cooperative and add its leaders; from then on the leader reports sales on
/// the USSD menu. Viewers see no form and are refused the posts.
/// </summary>
public sealed class CooperativeCreationPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    private static Dictionary<string, string> Cooperative(string name, string commune = "IV") => new()
    {
        ["name"] = name, ["form"] = "gie", ["sector"] = "sanitation", ["commune"] = commune, ["membersCount"] = "12",
    };

    [Fact]
    public async Task CreateCooperative_RedirectsToIt_AndShowsTheFormInFrench_WhenStaffPostTheForm()
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var name = "GIE Saniya " + Guid.NewGuid().ToString("N")[..6];

        using var created = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative(name));

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await staff.GetStringAsync(created.Headers.Location!.ToString()));
        html.Should().Contain(name).And.Contain("Groupement d'intérêt économique (GIE)").And.Contain("Assainissement").And.Contain("Commune IV")
            .And.Contain("Coopérative créée").And.Contain("Ajouter un responsable");
        var stored = await _rig.Factory.Services.GetRequiredService<ICooperativeRepository>().GetAsync(IdOf(created));
        stored.Should().Be(new Cooperative(IdOf(created), name, CooperativeForm.Gie, "sanitation", "IV", 12, false));
    }

    [Fact]
    public async Task CreateCooperative_IsRefusedWithAFrenchMessage_WhenTheNameIsTakenInThatCommune()
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var name = "Coopérative Benkadi " + Guid.NewGuid().ToString("N")[..6];
        using var first = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative(name));

        using var again = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative(name));
        using var otherCommune = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative(name, "VI"));

        first.StatusCode.Should().Be(HttpStatusCode.Redirect);
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain($"Une coopérative nommée « {name} » existe déjà dans la Commune IV.");
        otherCommune.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("name", "", "le nom est obligatoire")]
    [InlineData("commune", "VII", "choisissez une commune de Bamako")]
    [InlineData("form", "cooperative", "choisissez la forme")]
    [InlineData("membersCount", "-3", "le nombre de membres va de 0 à 100 000")]
    public async Task CreateCooperative_Is400WithTheReason_WhenAFieldIsWrong(string field, string value, string reason)
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var fields = Cooperative("Coopérative " + Guid.NewGuid().ToString("N")[..6]);
        fields[field] = value;

        using var response = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", fields);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Coopérative refusée : " + reason);
    }

    [Fact]
    public async Task AddLeader_NormalisesTheNumber_LinksTheRegisteredYouth_AndLetsThemReportSalesByUssd()
    {
        var services = _rig.Factory.Services;
        var phone = TestPhones.Next();
        var youth = (await services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            phone, "Oumou Sangaré", "F", 2003, "IV", "Kayes", "sanitation", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false))).BeneficiaryId;
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var name = "GIE Jigiya " + Guid.NewGuid().ToString("N")[..6];
        using var created = await staff.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative(name));
        var id = IdOf(created);
        var typed = $"{phone[4..6]} {phone[6..8]} {phone[8..10]} {phone[10..12]}"; // "76 12 34 56", as staff type it

        using var added = await staff.PostFormAsync($"/admin/cooperatives?id={id}", "Leader", new() { ["cooperativeId"] = Id(id), ["phone"] = typed });
        using var again = await staff.PostFormAsync($"/admin/cooperatives?id={id}", "Leader", new() { ["cooperativeId"] = Id(id), ["phone"] = phone });

        added.StatusCode.Should().Be(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()).Should().Contain($"{phone} (Oumou Sangaré) est maintenant responsable");
        WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()).Should().Contain("est déjà responsable de cette coopérative");
        var leaders = await services.GetRequiredService<Infrastructure.Records.ProgrammeRecords>().ListLeadersAsync(id);
        leaders.Should().Equal(new Infrastructure.Records.LeaderRecord(phone, youth, "Oumou Sangaré"));

        using var client = _rig.Factory.CreateClient();
        var ussd = new UssdPhone(client, phone);
        if ((await ussd.DialAsync()).StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) await ussd.SendAsync("1");
        (await ussd.SendAsync("6")).Should().StartWith($"CON {name}: ventes de quel mois?");
        await ussd.SendAsync("2");
        (await ussd.SendAsync("125000")).Should().StartWith($"CON {name}, ");
        var previous = SalesMonth.Of(BamakoTime.Today(TimeProvider.System)).Previous();
        (await ussd.SendAsync("1")).Should().Be($"END Ventes enregistrées: {name}, {previous.Month:D2}/{previous.Year}, 125 000 FCFA. Merci!");
        (await services.GetRequiredService<ICooperativeRepository>().GetReportAsync(id, previous))!.AmountXof.Should().Be(125_000);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+33612345678")]
    public async Task AddLeader_IsRefused_WhenTheNumberIsNotMalian(string typed)
    {
        var id = await _rig.Factory.Services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative("Coopérative " + Guid.NewGuid().ToString("N")[..6], CooperativeForm.ServiceCooperative, "food", "II", 8), ProgrammeActor.Staff("test"));
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await staff.PostFormAsync($"/admin/cooperatives?id={id}", "Leader", new() { ["cooperativeId"] = Id(id), ["phone"] = typed });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Should().Contain("Numéro refusé");
    }

    [Fact]
    public async Task CooperativeForms_AreHiddenFromAViewer_AndTheirPostsForbidden()
    {
        var id = await _rig.Factory.Services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative("Coopérative " + Guid.NewGuid().ToString("N")[..6], CooperativeForm.ServiceCooperative, "food", "II", 8), ProgrammeActor.Staff("test"));
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.AnonymousClient();

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync($"/admin/cooperatives?id={id}"));
        using var create = await viewer.PostFormAsync("/admin/cooperatives", "Cooperative", Cooperative("Intrus"));
        using var leader = await viewer.PostFormAsync($"/admin/cooperatives?id={id}", "Leader", new() { ["cooperativeId"] = Id(id), ["phone"] = TestPhones.Next() });
        using var anonymousCreate = await anonymous.PostAsync("/admin/cooperatives?handler=Cooperative", new FormUrlEncodedContent(Cooperative("Intrus")));

        html.Should().NotContain("Créer une coopérative").And.NotContain("Ajouter un responsable");
        create.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        leader.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        anonymousCreate.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymousCreate.Headers.Location!.AbsolutePath.Should().Be("/admin/login");
        (await _rig.Factory.Services.GetRequiredService<Infrastructure.Records.ProgrammeRecords>().ListLeadersAsync(id)).Should().BeEmpty();
    }

    [Fact]
    public async Task CreateCooperative_IsRefused_WithoutTheAntiforgeryToken()
    {
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/admin/cooperatives?handler=Cooperative", new FormUrlEncodedContent(Cooperative("Sans jeton")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _rig.Factory.Services.GetRequiredService<Infrastructure.Records.ProgrammeRecords>().ListCooperativesAsync(Infrastructure.Records.RecordsPage.All))
            .Items.Should().NotContain(c => c.Name == "Sans jeton");
    }

    private static long IdOf(HttpResponseMessage redirect)
    {
        var query = redirect.Headers.Location!.ToString();
        var start = query.IndexOf("id=", StringComparison.Ordinal) + 3;
        var end = query.IndexOf('&', start);
        return long.Parse(end < 0 ? query[start..] : query[start..end], CultureInfo.InvariantCulture);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
