using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Api.Records;

/// <summary>
/// <c>POST /api/cooperatives</c>, <c>POST /api/cooperatives/{id}/leaders</c> and <c>POST /api/loans</c>: staff only,
/// 400 with the reason, 404 for an unknown cooperative or borrower, 409 for a duplicate.
/// </summary>
public sealed class CreationApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    private static DateOnly Today => BamakoTime.Today(TimeProvider.System);

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task CreateCooperative_Is201ThenConflict_WhenTheSameNameAndCommuneComeAgain()
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var body = new { name = Unique("GIE Jigiya"), form = "gie", sector = "sanitation", commune = "IV", membersCount = 9 };

        using var created = await staff.PostAsync("/api/cooperatives", ApiRig.Json(body));
        using var again = await staff.PostAsync("/api/cooperatives", ApiRig.Json(body));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("form").GetString().Should().Be("gie");
        json.RootElement.GetProperty("membersCount").GetInt32().Should().Be(9);
        created.Headers.Location!.ToString().Should().Be("/api/cooperatives/" + json.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await again.Content.ReadAsStringAsync()).Should().Contain("already exists in commune IV");
    }

    [Theory]
    [InlineData("{\"form\":\"gie\",\"sector\":\"food\",\"commune\":\"I\",\"membersCount\":3}", "name is needed")]
    [InlineData("{\"name\":\"x\",\"form\":\"GIE\",\"sector\":\"food\",\"commune\":\"I\",\"membersCount\":3}", "form must be")]
    [InlineData("{\"name\":\"x\",\"form\":\"gie\",\"sector\":\"food\",\"commune\":\"Kati\",\"membersCount\":3}", "commune must be one of I, II, III, IV, V, VI")]
    [InlineData("{\"name\":\"x\",\"form\":\"gie\",\"sector\":\"food\",\"commune\":\"I\"}", "membersCount must be from 0 to 100000")]
    public async Task CreateCooperative_Is400WithTheReason_WhenTheBodyIsWrong(string body, string reason)
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/api/cooperatives", Body(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Fact]
    public async Task AddLeader_Is201ThenOk_LinkingTheYouthRegisteredOnTheNumber()
    {
        var services = _rig.Factory.Services;
        var phone = TestPhones.Next();
        var youth = (await services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
            phone, "Seydou Dembélé", "M", 2001, "III", "Ségou", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false))).BeneficiaryId;
        var id = await services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative(Unique("Coopérative"), CooperativeForm.ServiceCooperative, "food", "III", 7), ProgrammeActor.Staff("test"));
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var path = $"/api/cooperatives/{id}/leaders";

        using var added = await staff.PostAsync(path, ApiRig.Json(new { phone = "00223" + phone[4..] }));
        using var again = await staff.PostAsync(path, ApiRig.Json(new { phone }));

        added.StatusCode.Should().Be(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await added.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("phone").GetString().Should().Be(phone);
        json.RootElement.GetProperty("beneficiaryId").GetInt64().Should().Be(youth);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await services.GetRequiredService<ICooperativeRepository>().GetLedByPhoneAsync(phone)).Select(c => c.Id).Should().Equal(id);
    }

    [Fact]
    public async Task AddLeader_Is404ForAnUnknownCooperative_And400ForANumberNotMalian()
    {
        var id = await _rig.Factory.Services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative(Unique("Coopérative"), CooperativeForm.ServiceCooperative, "food", "III", 7), ProgrammeActor.Staff("test"));
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var unknown = await staff.PostAsync("/api/cooperatives/999999/leaders", ApiRig.Json(new { phone = TestPhones.Next() }));
        using var foreign = await staff.PostAsync($"/api/cooperatives/{id}/leaders", ApiRig.Json(new { phone = "+33612345678" }));

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreign.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await foreign.Content.ReadAsStringAsync()).Should().Contain("phone must be a Malian number");
    }

    [Fact]
    public async Task CreateLoan_WithACount_WritesTheEqualSchedule_ThenConflictsOnTheSameReference()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        var youth = (await _rig.Factory.Services.GetRequiredService<IBeneficiaryRepository>().FindByPhoneAsync(fr))[0].Id;
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var reference = "PR-" + Guid.NewGuid().ToString("N")[..8];
        var body = new { reference, beneficiaryId = youth, principalXof = 150_000, disbursedOn = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), instalments = 4 };

        using var created = await staff.PostAsync("/api/loans", ApiRig.Json(body));
        using var again = await staff.PostAsync("/api/loans", ApiRig.Json(body));

        var text = await created.Content.ReadAsStringAsync();
        created.StatusCode.Should().Be(HttpStatusCode.Created, text);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("schedule").EnumerateArray().Select(i => i.GetProperty("amountXof").GetInt64()).Should().Equal(37_500, 37_500, 37_500, 37_500);
        json.RootElement.GetProperty("position").GetProperty("balanceXof").GetInt64().Should().Be(150_000);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).Should().Contain($"the reference '{reference}' is already used");
        var loans = await _rig.Factory.Services.GetRequiredService<ILoanRepository>().GetLoansOfBeneficiaryAsync(youth);
        loans.Should().ContainSingle().Which.Schedule[0].DueOn.Should().Be(Today.AddMonths(1));
    }

    [Fact]
    public async Task CreateLoan_WithAnExplicitSchedule_ToACooperative_KeepsItAsGiven()
    {
        var cooperative = await _rig.Factory.Services.GetRequiredService<ICooperativeRepository>().CreateAsync(
            new NewCooperative(Unique("GIE"), CooperativeForm.Gie, "food", "V", 11), ProgrammeActor.Staff("test"));
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var first = Today.AddDays(10);
        var body = new
        {
            reference = "PR-" + Guid.NewGuid().ToString("N")[..8], cooperativeId = cooperative, principalXof = 300_000, disbursedOn = Today,
            schedule = new[] { new { dueOn = first, amountXof = 100_000 }, new { dueOn = first.AddDays(45), amountXof = 200_000 } },
        };

        using var created = await staff.PostAsync("/api/loans", ApiRig.Json(body));

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var loan = (await _rig.Factory.Services.GetRequiredService<ILoanRepository>().GetLoansOfCooperativeAsync(cooperative)).Single();
        loan.Schedule.Should().Equal(new LoanInstalment(1, first, 100_000), new LoanInstalment(2, first.AddDays(45), 200_000));
    }

    [Theory]
    [InlineData("{\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"instalments\":2}", "reference is needed")]
    [InlineData("{\"reference\":\"R\",\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"instalments\":2}", "give beneficiaryId or cooperativeId (exactly one)")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"cooperativeId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"instalments\":2}", "exactly one")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":0,\"disbursedOn\":\"2026-01-05\",\"instalments\":2}", "principalXof must be from 1")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2999-01-05\",\"instalments\":2}", "disbursedOn cannot be in the future")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"instalments\":37}", "instalments must be from 1 to 36")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\"}", "give instalments (a count) or schedule (a list), exactly one")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"schedule\":[{\"dueOn\":\"2026-02-05\",\"amountXof\":600}]}", "the schedule sums to 600, not principalXof 1000")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"schedule\":[{\"dueOn\":\"2026-01-05\",\"amountXof\":1000}]}", "instalment 1: dueOn must be after disbursedOn")]
    [InlineData("{\"reference\":\"R\",\"beneficiaryId\":1,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"schedule\":[]}", "schedule needs at least one instalment")]
    public async Task CreateLoan_Is400WithTheReason_WhenTheBodyIsWrong(string body, string reason)
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/api/loans", Body(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Theory]
    [InlineData("beneficiaryId", "no beneficiary 999999")]
    [InlineData("cooperativeId", "no cooperative 999999")]
    public async Task CreateLoan_Is404_WhenTheBorrowerIsUnknown(string borrower, string reason)
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/api/loans", Body(
            $"{{\"reference\":\"PR-404\",\"{borrower}\":999999,\"principalXof\":1000,\"disbursedOn\":\"2026-01-05\",\"instalments\":2}}"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Theory]
    [InlineData("/api/cooperatives")]
    [InlineData("/api/cooperatives/1/leaders")]
    [InlineData("/api/loans")]
    public async Task CreationEndpoints_Are403ForAViewer_And401Anonymous(string path)
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.CreateClient();

        using var forbidden = await viewer.PostAsync(path, Body("{}"));
        using var unauthorized = await anonymous.PostAsync(path, Body("{}"));

        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        unauthorized.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
