using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;

namespace UssdGateway.Tests.Api.Records;

/// <summary>The records API under <c>/api</c>: viewers read, staff write, lists are paged, bad input says why.</summary>
public sealed class RecordsApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Beneficiaries_AreFoundByNameOrNumber_AndPaged()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        using var byName = await ApiRig.ReadJsonAsync(viewer, "/api/beneficiaries?q=awa");
        using var byPhone = await ApiRig.ReadJsonAsync(viewer, "/api/beneficiaries?q=" + Uri.EscapeDataString(fr[^6..]));
        using var first = await ApiRig.ReadJsonAsync(viewer, "/api/beneficiaries?size=1");
        using var second = await ApiRig.ReadJsonAsync(viewer, "/api/beneficiaries?size=1&page=2");

        Names(byName).Should().Equal("Awa Traoré");
        Names(byPhone).Should().Equal("Awa Traoré");
        Names(first).Should().Equal("Awa Traoré");
        first.RootElement.GetProperty("hasMore").GetBoolean().Should().BeTrue();
        Names(second).Should().Equal("Bakary Keita");
        second.RootElement.GetProperty("hasMore").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task BeneficiaryDetail_HoldsBookings_And404sForAnUnknownId()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var found = await ApiRig.ReadJsonAsync(viewer, "/api/beneficiaries?q=awa");
        var id = found.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();

        using var detail = await ApiRig.ReadJsonAsync(viewer, $"/api/beneficiaries/{id}");
        using var unknown = await viewer.GetAsync("/api/beneficiaries/999999");

        detail.RootElement.GetProperty("bookings")[0].GetProperty("sessionId").GetInt64().Should().Be(session);
        detail.RootElement.GetProperty("loans").GetArrayLength().Should().Be(0);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateSession_IsForStaff_AndItsBookingsAreListed()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        var body = new { cohortId = cohort, startsAt = DateTimeOffset.UtcNow.AddDays(9), place = "CLAC de Sébénikoro", language = "bm", capacity = 12, trainer = "M. Coulibaly" };

        (await viewer.PostAsync("/api/sessions", ApiRig.Json(body))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var created = await staff.PostAsync("/api/sessions", ApiRig.Json(body));
        using var again = await staff.PostAsync("/api/sessions", ApiRig.Json(body));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        using var sessions = await ApiRig.ReadJsonAsync(viewer, $"/api/sessions?cohort={cohort}");
        sessions.RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("capacity").GetInt32()).Should().Equal(20, 12);
    }

    [Theory]
    [InlineData("{\"cohortId\":1,\"place\":\"x\",\"language\":\"fr\",\"capacity\":5,\"trainer\":\"t\"}", "startsAt is needed")]
    [InlineData("{\"cohortId\":1,\"startsAt\":\"2099-01-01T09:00:00Z\",\"place\":\"x\",\"language\":\"fr\",\"capacity\":0,\"trainer\":\"t\"}", "capacity must be from 1 to 500")]
    [InlineData("{\"cohortId\":1,\"startsAt\":\"2099-01-01T09:00:00Z\",\"place\":\"x\",\"language\":\"en\",\"capacity\":5,\"trainer\":\"t\"}", "language must be fr or bm")]
    public async Task CreateSession_Is400WithTheReason_WhenTheBodyIsIncomplete(string body, string reason)
    {
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync("/api/sessions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Fact]
    public async Task Attendance_IsRecorded_ForABookedPerson_AndShownInTheBookings()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.ClientAsync(StaffRole.Staff);
        using var bookings = await ApiRig.ReadJsonAsync(staff, $"/api/bookings?session={session}");
        var awa = bookings.RootElement.GetProperty("items").EnumerateArray().First(b => b.GetProperty("fullName").GetString() == "Awa Traoré");

        using var recorded = await staff.PostAsync($"/api/sessions/{session}/attendance", ApiRig.Json(new { beneficiaryId = awa.GetProperty("beneficiaryId").GetInt64(), present = true }));
        using var unknown = await staff.PostAsync("/api/sessions/999999/attendance", ApiRig.Json(new { beneficiaryId = 1, present = true }));

        recorded.StatusCode.Should().Be(HttpStatusCode.NoContent);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var after = await ApiRig.ReadJsonAsync(staff, $"/api/bookings?session={session}");
        after.RootElement.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("present").ValueKind)
            .Should().BeEquivalentTo([JsonValueKind.True, JsonValueKind.Null]);
    }

    [Fact]
    public async Task Repayment_IsRecorded_ThenRefusedAboveTheBalance()
    {
        var (_, _, fr, _) = await _rig.BookedSessionAsync();
        var services = _rig.Factory.Services;
        var awa = (await services.GetRequiredService<IBeneficiaryRepository>().FindByPhoneAsync(fr))[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var loan = await services.GetRequiredService<ILoanRepository>().CreateLoanAsync(new NewLoan(
            "PRET-1", awa.Id, null, 100_000, today.AddDays(-10), [new LoanInstalment(1, today.AddDays(20), 50_000), new LoanInstalment(2, today.AddDays(50), 50_000)]), ProgrammeActor.Staff("test"));
        using var staff = await _rig.ClientAsync(StaffRole.Staff);

        using var paid = await staff.PostAsync($"/api/loans/{loan}/repayments", ApiRig.Json(new { amountXof = 30_000, channel = "mobile_money", reference = "OM-1" }));
        using var tooMuch = await staff.PostAsync($"/api/loans/{loan}/repayments", ApiRig.Json(new { amountXof = 90_000, reference = "OM-2" }));
        using var noLoan = await staff.PostAsync("/api/loans/999999/repayments", ApiRig.Json(new { amountXof = 1, reference = "OM-3" }));

        paid.StatusCode.Should().Be(HttpStatusCode.Created);
        tooMuch.StatusCode.Should().Be(HttpStatusCode.Conflict);
        noLoan.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var loans = await ApiRig.ReadJsonAsync(staff, "/api/loans");
        loans.RootElement.GetProperty("items")[0].GetProperty("position").GetProperty("balanceXof").GetInt64().Should().Be(70_000);
    }

    [Theory]
    [InlineData("/api/beneficiaries?size=0", "size must be from 1 to 500")]
    [InlineData("/api/cohorts?page=0", "page must be 1 or more")]
    [InlineData("/api/messages?direction=sideways", "direction must be in or out")]
    [InlineData("/api/messages?direction=out&status=received", "status must be one of")]
    [InlineData("/api/sales-reports?month=2026-13", "month must read yyyy-MM")]
    [InlineData("/api/bookings", "session is needed")]
    public async Task Lists_Are400WithTheReason_WhenAQueryIsWrong(string path, string reason)
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        using var response = await viewer.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain(reason);
    }

    [Fact]
    public async Task EveryList_AnswersAViewer_AndRefusesAnAnonymousCaller()
    {
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);
        using var anonymous = _rig.Factory.CreateClient();
        string[] paths = ["/api/beneficiaries", "/api/cohorts", "/api/sessions", "/api/cooperatives", "/api/sales-reports", "/api/loans", "/api/messages?direction=out", "/api/figures", "/api/openapi.json"];

        foreach (var path in paths)
        {
            (await viewer.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
            (await anonymous.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
        }
    }

    private static IEnumerable<string?> Names(JsonDocument list) =>
        list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("fullName").GetString());
}
