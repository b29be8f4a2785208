using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Api.Records;

/// <summary>
/// <c>PATCH /api/sessions/{id}</c> and <c>PATCH /api/cohorts/{id}</c>: staff edit, viewers get 403, anonymous callers
/// 401; problems answer 400 (validation), 404 (unknown) and 409 (capacity below the bookings, a name taken).
/// </summary>
public sealed class TrainingEditApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task PatchSession_ChangesOnlyTheFieldsGiven_WhenStaffSendThem()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 30, language = "bm" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("capacity").GetInt32().Should().Be(30);
        body.RootElement.GetProperty("booked").GetInt32().Should().Be(2);
        body.RootElement.GetProperty("language").GetString().Should().Be("bm");
        body.RootElement.GetProperty("trainer").GetString().Should().Be("Mme Diarra");
    }

    [Fact]
    public async Task PatchSession_Is409WithTheBookedCount_WhenCapacityIsBelowTheBookings()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 1 }));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("booked").GetInt32().Should().Be(2);
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("below the 2 active bookings");
        (await _rig.Factory.Services.GetRequiredService<ITrainingRepository>().GetSlotAsync(session))!.Capacity.Should().Be(20);
    }

    [Theory]
    [InlineData("{}", "nothing to change")]
    [InlineData("{\"capacity\":0}", "capacity must be from 1 to 500")]
    [InlineData("{\"capacity\":501}", "capacity must be from 1 to 500")]
    [InlineData("{\"language\":\"en\"}", "language must be fr or bm")]
    [InlineData("{\"trainer\":\"  \"}", "trainer cannot be empty")]
    public async Task PatchSession_Is400WithTheReason_WhenTheBodyIsInvalid(string body, string reason)
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PatchAsync($"/api/sessions/{session}", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Fact]
    public async Task PatchSession_Is404_WhenTheSessionIsUnknownOrCancelled()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        (await staff.PostAsync($"/api/sessions/{session}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var unknown = await staff.PatchAsync("/api/sessions/999999", ApiRig.Json(new { capacity = 5 }));
        using var cancelled = await staff.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 5 }));

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        cancelled.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await cancelled.Content.ReadAsStringAsync()).Should().Contain("cancelled");
    }

    [Fact]
    public async Task PatchCohort_ChangesTheCohort_AndAnswersProblemsFor400404And409()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        var (other, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var otherName = (await _rig.Factory.Services.GetRequiredService<ITrainingRepository>().GetCohortAsync(other))!.Name;

        using var edited = await staff.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { name = "Cohorte Sogoniko", commune = "VI", endsOn = "2030-06-30" }));
        using var reversed = await staff.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { startsOn = "2030-07-01" }));
        using var taken = await staff.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { name = otherName }));
        using var unknown = await staff.PatchAsync("/api/cohorts/999999", ApiRig.Json(new { sector = "food" }));
        using var empty = await staff.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { }));

        edited.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await edited.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("name").GetString().Should().Be("Cohorte Sogoniko");
        body.GetProperty("commune").GetString().Should().Be("VI");
        body.GetProperty("endsOn").GetString().Should().Be("2030-06-30");
        reversed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync()).Should().Contain("endsOn cannot be before startsOn");
        taken.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Patches_Are403ForAViewer_And401ForAnAnonymousCaller()
    {
        var (cohort, session, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.CreateClient();

        (await viewer.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 30 }))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await viewer.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { sector = "food" }))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await anonymous.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 30 }))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PatchAsync($"/api/cohorts/{cohort}", ApiRig.Json(new { sector = "food" }))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await _rig.Factory.Services.GetRequiredService<ITrainingRepository>().GetSlotAsync(session))!.Capacity.Should().Be(20);
    }

    [Fact]
    public async Task PatchSession_LetsACallerBookOnUssd_WhenAFullSessionIsRaised()
    {
        var services = _rig.Factory.Services;
        var training = services.GetRequiredService<ITrainingRepository>();
        var beneficiaries = services.GetRequiredService<IBeneficiaryRepository>();
        var staffActor = ProgrammeActor.Staff("test");
        var today = BamakoTime.DateOf(DateTimeOffset.UtcNow);
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort("Cohorte Niamakoro", "VI", "food", today, today.AddDays(30)), staffActor);
        var session = await training.AddSessionAsync(new NewTrainingSession(
            cohort, DateTimeOffset.UtcNow.AddDays(3).Date.AddHours(9), "CLAC de Niamakoro", "fr", 1, "Mme Diarra"), staffActor);
        var first = await beneficiaries.RegisterAsync(new BeneficiaryRegistration(
            TestPhones.Next(), "Fanta Camara", "F", 2003, "VI", "Sikasso", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false));
        (await training.BookAsync(session, first.BeneficiaryId, staffActor)).Outcome.Should().Be(BookingOutcome.Booked);
        var caller = TestPhones.Next();
        var second = await beneficiaries.RegisterAsync(new BeneficiaryRegistration(
            caller, "Moussa Diakité", "M", 2002, "VI", "Mopti", "food", "fr", DateTimeOffset.UtcNow, "v1", "ussd", null, false));
        using var client = _rig.Factory.CreateClient();
        var phone = new UssdPhone(client, caller);
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        if ((await phone.DialAsync()).StartsWith("CON Langue / Kan:", StringComparison.Ordinal)) await phone.SendAsync("1");
        await phone.SendAsync("4"); // Formations
        var whileFull = await phone.SendAsync("1");
        (await staff.PatchAsync($"/api/sessions/{session}", ApiRig.Json(new { capacity = 2 }))).StatusCode.Should().Be(HttpStatusCode.OK);
        // The first call was left on a screen: dialling again offers to resume it; start afresh instead.
        if ((await phone.DialAsync()).Contains("Recommencer", StringComparison.Ordinal)) await phone.SendAsync("2");
        await phone.SendAsync("4");
        var afterRaise = await phone.SendAsync("1");
        await phone.SendAsync("1");
        var booked = await phone.SendAsync("1");

        whileFull.Should().StartWith("CON Aucune session avec des places libres");
        afterRaise.Should().StartWith("CON Sessions (places libres):\n1. ").And.Contain("CLAC de Niamakoro (1)");
        booked.Should().StartWith("END Place réservée: ").And.Contain("CLAC de Niamakoro");
        (await training.GetBookingAsync(session, second.BeneficiaryId)).Should().NotBeNull();
        (await training.GetSlotAsync(session))!.Booked.Should().Be(2);
    }
}
