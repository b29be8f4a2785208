using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Programme;

/// <summary><c>profile_status</c>, <c>profile_next_field</c> and <c>complete_profile</c> over the in-memory repository.</summary>
public sealed class ProfileActionTests
{
    private const string Phone = "+22376123456";

    private static readonly MenuDefinition Menu = TestMenus.Parse("""
        menu: renapess
        service_codes: ["*384*123#"]
        languages: [fr]
        start: bye
        screens:
          bye:
            type: end
            text: Merci
        """);

    private readonly FakeBeneficiaryRepository _repository = new();

    private static ActionContext Context(Dictionary<string, string>? vars = null) =>
        new(new UssdSession { Phone = Phone, SessionId = "s1", Language = "fr", Vars = vars ?? [] }, Menu, new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    private Beneficiary RegisteredBySms(string name = "Moussa Diarra")
    {
        var row = _repository.Add(Phone, name) with
        {
            Gender = BeneficiaryRegistration.NotGiven,
            BirthYear = BeneficiaryRegistration.BirthYearNotGiven,
            Commune = BeneficiaryRegistration.NotGiven,
            RegionOfOrigin = BeneficiaryRegistration.NotGiven,
            Sector = BeneficiaryRegistration.NotGiven,
        };
        _repository.Rows[^1] = row;
        return row;
    }

    [Fact]
    public async Task ProfileStatus_ReturnsIncompleteWithTheMissingFields_WhenRegisteredBySms()
    {
        RegisteredBySms();

        var result = await new ProfileStatusAction(_repository).RunAsync(Context(), default);

        result.Outcome.Should().Be("incomplete");
        result.Vars!["profile_missing"].Should().Be("gender,birth_year,commune,region,sector");
    }

    [Fact]
    public async Task ProfileStatus_ReturnsSuccess_WhenEveryFieldIsKnown()
    {
        _repository.Add(Phone, "Awa Traoré");

        (await new ProfileStatusAction(_repository).RunAsync(Context(), default)).Outcome.Should().Be(ActionScreen.Success);
    }

    [Fact]
    public async Task ProfileStatus_LooksAtTheChosenPerson_WhenThePhoneIsShared()
    {
        _repository.Add(Phone, "Awa Traoré");
        var moussa = RegisteredBySms();

        var result = await new ProfileStatusAction(_repository).RunAsync(Context(new() { ["caller_id"] = moussa.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }), default);

        result.Outcome.Should().Be("incomplete");
    }

    [Fact]
    public async Task IdentifyCaller_SetsTheFirstPersonsMissingFields_ForProfileStatus()
    {
        RegisteredBySms();

        var result = await new IdentifyCallerAction(_repository).RunAsync(Context(), default);

        result.Vars!["profile_missing"].Should().Be("gender,birth_year,commune,region,sector");
    }

    [Fact]
    public async Task ProfileStatus_UsesWhatIdentifyCallerFound_WithoutReadingTheDatabaseAgain()
    {
        // Nobody in the repository: an answer other than not_registered can only come from the variable.
        var result = await new ProfileStatusAction(_repository).RunAsync(Context(new() { ["profile_missing"] = "commune" }), default);

        result.Outcome.Should().Be("incomplete");
        result.Vars!["profile_missing"].Should().Be("commune");
        (await new ProfileStatusAction(_repository).RunAsync(Context(new() { ["profile_missing"] = "" }), default)).Outcome.Should().Be(ActionScreen.Success);
    }

    [Fact]
    public async Task ProfileStatus_ReturnsNotRegistered_WhenTheNumberIsUnknown()
    {
        (await new ProfileStatusAction(_repository).RunAsync(Context(), default)).Outcome.Should().Be("not_registered");
    }

    [Theory]
    [InlineData("gender,birth_year,commune,region,sector", "", "gender")]
    [InlineData("gender,birth_year,commune,region,sector", "gender=F", "birth_year")]
    [InlineData("commune,sector", "", "commune")]
    [InlineData("commune,sector", "commune=IV", "sector")]
    [InlineData("commune,sector", "commune=IV;sector=food", "success")]
    [InlineData("", "", "success")]
    public async Task NextProfileField_ReturnsTheFirstMissingFieldNotAnswered(string missing, string answers, string expected)
    {
        var vars = new Dictionary<string, string> { ["profile_missing"] = missing };
        foreach (var pair in answers.Split(';', StringSplitOptions.RemoveEmptyEntries))
            vars[pair.Split('=')[0]] = pair.Split('=')[1];

        (await new NextProfileFieldAction().RunAsync(Context(vars), default)).Outcome.Should().Be(expected);
    }

    [Fact]
    public async Task NextProfileField_Fails_WhenProfileStatusDidNotRun()
    {
        (await new NextProfileFieldAction().RunAsync(Context(), default)).Should().Be(ActionResult.Failure);
    }

    [Fact]
    public async Task CompleteProfile_WritesTheAnswers_WhenRegisteredBySms()
    {
        var moussa = RegisteredBySms();

        var result = await new CompleteProfileAction(_repository).RunAsync(Context(new()
        {
            ["gender"] = "M", ["birth_year"] = "2001", ["commune"] = "VI", ["region"] = "Kayes", ["sector"] = "food",
        }), default);

        result.Outcome.Should().Be(ActionScreen.Success);
        _repository.Rows.Single(r => r.Id == moussa.Id).Should().Match<Beneficiary>(b =>
            b.Gender == "M" && b.BirthYear == 2001 && b.Commune == "VI" && b.RegionOfOrigin == "Kayes" && b.Sector == "food");
    }

    [Fact]
    public async Task CompleteProfile_Fails_WhenNoFieldWasAnswered()
    {
        RegisteredBySms();

        (await new CompleteProfileAction(_repository).RunAsync(Context(), default)).Should().Be(ActionResult.Failure);
    }

    [Fact]
    public async Task CompleteProfile_ReturnsNotRegistered_WhenTheNumberIsUnknown()
    {
        (await new CompleteProfileAction(_repository).RunAsync(Context(new() { ["gender"] = "F" }), default)).Outcome.Should().Be("not_registered");
    }
}
