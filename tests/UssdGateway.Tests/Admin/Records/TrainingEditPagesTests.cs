using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary>
/// Editing a session (capacity, trainer, language) and a cohort (name, commune, sector, dates) from the console:
/// staff post the forms, a viewer sees the values without a form and is refused a post, an anonymous caller is sent to
/// the sign-in page.
/// </summary>
public sealed class TrainingEditPagesTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task SessionPage_SavesCapacityTrainerAndLanguage_WhenStaffPostTheEditForm()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        var form = await staff.GetStringAsync($"/admin/sessions/{session}");
        using var edited = await staff.PostFormAsync($"/admin/sessions/{session}", "Edit", new()
        {
            ["capacity"] = "25", ["trainer"] = "M. Oumar Sidibé", ["language"] = "bm",
        });

        form.Should().Contain("<label for=\"edit-capacity\">").And.Contain("value=\"20\"").And.Contain("value=\"Mme Diarra\"");
        edited.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await edited.Content.ReadAsStringAsync();
        html.Should().Contain("Séance modifiée : 25 places, 23 libre(s).").And.Contain("2 / 25").And.Contain("M. Oumar Sidibé").And.Contain("bambara");
        var slot = await Training.GetSlotAsync(session);
        slot!.Should().Match<TrainingSlot>(s => s.Capacity == 25 && s.Trainer == "M. Oumar Sidibé" && s.Language == "bm");
        (await Audit.GetForAsync("training_session", Id(session))).Should().Contain(a => a.Action == "session.edited" && a.Channel == ActorChannel.Staff);
    }

    [Fact]
    public async Task SessionPage_RefusesInFrenchSayingHowManyBooked_WhenCapacityIsBelowTheBookings()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var refused = await staff.PostFormAsync($"/admin/sessions/{session}", "Edit", new()
        {
            ["capacity"] = "1", ["trainer"] = "Mme Diarra", ["language"] = "fr",
        });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain(
            "Séance non modifiée : 2 personne(s) ont déjà réservé, la capacité ne peut pas descendre sous 2 place(s).");
        (await Training.GetSlotAsync(session))!.Capacity.Should().Be(20);
    }

    [Fact]
    public async Task SessionPage_ShowsTheValuesWithoutAForm_AndRefusesTheEdit_ToAViewer()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        var html = await viewer.GetStringAsync($"/admin/sessions/{session}");
        using var edit = await viewer.PostFormAsync($"/admin/sessions/{session}", "Edit", new()
        {
            ["capacity"] = "30", ["trainer"] = "Quelqu'un", ["language"] = "fr",
        });

        html.Should().Contain("Mme Diarra").And.Contain("2 / 20").And.NotContain("Modifier la séance");
        html.Split("method=\"post\"").Length.Should().Be(2, "the only form a viewer sees is the sign-out button");
        edit.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Training.GetSlotAsync(session))!.Capacity.Should().Be(20);
    }

    [Fact]
    public async Task SessionPage_Answers400AndChangesNothing_WithoutTheAntiforgeryToken()
    {
        var (_, session, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);

        using var response = await staff.PostAsync($"/admin/sessions/{session}?handler=Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["capacity"] = "30", ["trainer"] = "Mme Diarra", ["language"] = "fr",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Training.GetSlotAsync(session))!.Capacity.Should().Be(20);
    }

    [Fact]
    public async Task SessionsPage_SavesTheCohort_WhenStaffPostTheEditForm()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var name = "Cohorte Sogoniko " + Guid.NewGuid().ToString("N")[..6];

        var form = await staff.GetStringAsync($"/admin/sessions?cohort={cohort}");
        using var edited = await staff.PostFormAsync($"/admin/sessions?id={cohort}", "EditCohort", new()
        {
            ["name"] = name, ["commune"] = "VI", ["sector"] = "sanitation", ["startsOn"] = "2027-01-04", ["endsOn"] = "2027-06-30",
        });

        form.Should().Contain("<label for=\"edit-cohort-name\">Nom</label>").And.Contain("Modifier la cohorte");
        edited.StatusCode.Should().Be(HttpStatusCode.OK);
        (await edited.Content.ReadAsStringAsync()).Should().Contain($"Cohorte « {name} » modifiée.");
        (await Training.GetCohortAsync(cohort)).Should().BeEquivalentTo(new
        {
            Name = name, Commune = "VI", Sector = "sanitation", StartsOn = new DateOnly(2027, 1, 4), EndsOn = new DateOnly(2027, 6, 30),
        });
        (await Audit.GetForAsync("training_cohort", Id(cohort))).Select(a => a.Action).Should().Contain("cohort.edited");
    }

    [Fact]
    public async Task SessionsPage_RefusesInFrenchAndChangesNothing_WhenTheLastDayIsBeforeTheFirst()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var staff = await _rig.Factory.SignedInClientAsync(StaffRole.Staff);
        var before = await Training.GetCohortAsync(cohort);

        using var refused = await staff.PostFormAsync($"/admin/sessions?id={cohort}", "EditCohort", new()
        {
            ["name"] = "Autre nom", ["commune"] = "IV", ["sector"] = "food", ["startsOn"] = "2027-02-01", ["endsOn"] = "2027-01-31",
        });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Cohorte non modifiée : le dernier jour ne peut pas précéder le premier jour.");
        (await Training.GetCohortAsync(cohort)).Should().Be(before);
    }

    [Fact]
    public async Task SessionsPage_ShowsNoCohortForm_AndRefusesTheEdit_ToAViewer()
    {
        var (cohort, _, _, _) = await _rig.BookedSessionAsync();
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);
        var before = await Training.GetCohortAsync(cohort);

        var html = await viewer.GetStringAsync($"/admin/sessions?cohort={cohort}");
        using var edit = await viewer.PostFormAsync($"/admin/sessions?id={cohort}", "EditCohort", new()
        {
            ["name"] = "Autre nom", ["commune"] = "IV", ["sector"] = "food", ["startsOn"] = "2027-01-01", ["endsOn"] = "2027-01-31",
        });

        html.Should().Contain(before!.Name).And.NotContain("Modifier la cohorte");
        html.Split("method=\"post\"").Length.Should().Be(2, "the only form a viewer sees is the sign-out button");
        edit.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Training.GetCohortAsync(cohort)).Should().Be(before);
    }

    [Theory]
    [InlineData("/admin/sessions/{session}")]
    [InlineData("/admin/sessions?cohort={cohort}")]
    public async Task EditPages_RedirectToSignIn_WhenAnonymous(string template)
    {
        var (cohort, session, _, _) = await _rig.BookedSessionAsync();
        using var anonymous = _rig.Factory.AnonymousClient();
        var path = template.Replace("{session}", Id(session), StringComparison.Ordinal).Replace("{cohort}", Id(cohort), StringComparison.Ordinal);

        using var response = await anonymous.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.PathAndQuery.Should().StartWith("/admin/login");
    }

    private ITrainingRepository Training => _rig.Factory.Services.GetRequiredService<ITrainingRepository>();

    private IAuditTrail Audit => _rig.Factory.Services.GetRequiredService<IAuditTrail>();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
