using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Programme;

public sealed class ProgrammeActionTests
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

    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeBeneficiaryRepository _repository = new();
    private readonly FakeSmsOutbox _sms = new();

    private static ActionContext Context(Dictionary<string, string>? vars = null) =>
        new(new UssdSession { Phone = Phone, SessionId = "s1", Language = "fr", Vars = vars ?? [] }, Menu, Now);

    private static Dictionary<string, string> Answers() => new()
    {
        ["consent"] = "yes", ["full_name"] = "  Awa   Traoré ", ["gender"] = "F", ["birth_year"] = "2004",
        ["commune"] = "III", ["region"] = "Ségou", ["sector"] = "food",
    };

    [Fact]
    public async Task IdentifyCaller_ReturnsSuccessNotRegistered_WhenTheNumberIsUnknown()
    {
        var result = await new IdentifyCallerAction(_repository).RunAsync(Context(), default);

        result.Should().BeEquivalentTo(new ActionResult("success", new Dictionary<string, string> { ["registered"] = "false" }));
    }

    [Fact]
    public async Task IdentifyCaller_ReturnsRegisteredWithTheFirstName_WhenTheNumberIsKnown()
    {
        _repository.Add(Phone, "Awa Traoré");
        _repository.Add(Phone, "Fanta Traoré");

        var result = await new IdentifyCallerAction(_repository).RunAsync(Context(), default);

        result.Outcome.Should().Be(IdentifyCallerAction.Registered);
        result.Vars.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["registered"] = "true", ["registered_count"] = "2", ["registered_name"] = "Awa Traoré", ["profile_missing"] = "",
        });
    }

    [Fact]
    public async Task RegisterBeneficiary_WritesTheCleanedName_WithConsentVersionAndTime()
    {
        var result = await new RegisterBeneficiaryAction(_repository, _sms.Confirmations).RunAsync(Context(Answers()), default);

        result.Should().BeEquivalentTo(ActionResult.Success(new Dictionary<string, string> { ["beneficiary_id"] = "1" }));
        var row = _repository.Rows.Single();
        row.FullName.Should().Be("Awa Traoré");
        row.ConsentedAt.Should().Be(Now);
        row.ConsentVersion.Should().Be("renapess@" + Menu.Version);
    }

    [Theory]
    [InlineData("consent", "no")]
    [InlineData("consent", null)]
    [InlineData("full_name", "")]
    [InlineData("gender", null)]
    [InlineData("birth_year", "deux mille")]
    [InlineData("commune", null)]
    [InlineData("region", "")]
    [InlineData("sector", null)]
    public async Task RegisterBeneficiary_FailsWithoutWriting_WhenAnAnswerIsMissing(string name, string? value)
    {
        var answers = Answers();
        if (value is null) answers.Remove(name);
        else answers[name] = value;

        var result = await new RegisterBeneficiaryAction(_repository, _sms.Confirmations).RunAsync(Context(answers), default);

        result.Should().Be(ActionResult.Failure);
        _repository.RegisterCalls.Should().Be(0);
    }

    [Fact]
    public async Task RegisterBeneficiary_ReturnsAlreadyRegisteredAndNumberFull_FromTheRepository()
    {
        var action = new RegisterBeneficiaryAction(_repository, _sms.Confirmations);
        await action.RunAsync(Context(Answers()), default);

        (await action.RunAsync(Context(Answers()), default)).Outcome.Should().Be(RegisterBeneficiaryAction.AlreadyRegistered);
        _repository.Add(Phone, "Fanta");
        _repository.Add(Phone, "Oumou");
        var fourth = Answers();
        fourth["full_name"] = "Sira";
        (await action.RunAsync(Context(fourth), default)).Outcome.Should().Be(RegisterBeneficiaryAction.NumberFull);
    }

    [Fact]
    public async Task MaliRegions_ListsTheRegionsAndBamako_WithTheNameAsId()
    {
        var items = await new MaliRegionsListSource().GetItemsAsync(Context(), default);

        items.Should().HaveCount(20).And.HaveCount(MaliRegions.All.Count);
        items[0].Should().Be(new SessionListItem("Bamako (District)", "Bamako (District)"));
        items.Select(i => i.Id).Should().Contain(["Ségou", "Ménaka", "Taoudénit", "Dioïla"]);
    }

    [Fact]
    public void MenuActionRegistry_FindsActionsAndLists_ByName()
    {
        var registry = new MenuActionRegistry(
            [new IdentifyCallerAction(_repository), new RegisterBeneficiaryAction(_repository, _sms.Confirmations)], [new MaliRegionsListSource()]);

        registry.ActionNames.Should().BeEquivalentTo(["identify_caller", "register_beneficiary"]);
        registry.ListSourceNames.Should().BeEquivalentTo(["mali_regions"]);
        registry.Actions["identify_caller"].Should().BeOfType<IdentifyCallerAction>();
    }
}
