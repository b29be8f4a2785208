using UssdGateway.Core.Menus;
using UssdGateway.Core.Tests.Support;
using UssdGateway.Core.Text;
using UssdGateway.Testing;

namespace UssdGateway.Core.Tests.Menus;

public sealed class MenuLoaderTests
{
    private static readonly HashSet<string> Actions = [.. new EngineHarness().Actions.Select(a => a.Name)];
    private static readonly HashSet<string> Lists = [.. new EngineHarness().ListSources.Select(l => l.Name)];

    private static string Small(string id, string code) => $$"""
        menu: {{id}}
        service_codes: ["{{code}}"]
        languages: [fr]
        start: bye
        screens:
          bye:
            type: end
            text: Merci
        """;

    [Fact]
    public void LoadFolder_LoadsTheShippedMenusWithoutErrors_WhenGivenTheRealActionsAndLists()
    {
        var result = MenuLoader.LoadFolder(RepositoryPaths.Menus, ScreenBudget.Default, Actions, Lists);

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Warnings.Should().BeEmpty();
        var renapess = result.Menus.Should().ContainSingle(m => m.Id == "renapess").Subject;
        renapess.ServiceCodes.Should().Equal("*384*123#");
        renapess.Languages.Should().Equal("fr", "bm");
        renapess.FileName.Should().Be("renapess.yaml");
        renapess.Start.Should().Be("identify");
    }

    [Fact]
    public void LoadFolder_ReportsUnknownNames_WhenTheHostLacksAnAction()
    {
        var result = MenuLoader.LoadFolder(RepositoryPaths.Menus, ScreenBudget.Default, Actions.Where(a => a != "register_beneficiary").ToHashSet(), Lists);

        result.IsValid.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().ContainSingle()
            .Which.Should().MatchRegex(@"^renapess\.yaml:\d+ › register › action: no action called 'register_beneficiary'; known actions: [a-z_, ]+$");
        result.Menus.Should().BeEmpty("a menu with errors is not served");
    }

    [Fact]
    public void Load_ReportsADuplicateMenuId_AndServesOnlyTheFirst()
    {
        var result = MenuLoader.Load([("a.yaml", Small("shop", "*100#")), ("b.yaml", Small("shop", "*200#"))], ScreenBudget.Default);

        result.Errors.Select(e => e.ToString()).Should().Equal("b.yaml:1 › menu: menu id 'shop' is already used by a.yaml");
        result.IsValid.Should().BeFalse();
        result.Menus.Select(m => m.FileName).Should().Equal("a.yaml");
    }

    [Fact]
    public void Load_ReportsADuplicateServiceCode_EvenWrittenDifferently()
    {
        var result = MenuLoader.Load([("a.yaml", Small("one", "*100#")), ("b.yaml", Small("two", " *100 "))], ScreenBudget.Default);

        result.Errors.Select(e => e.ToString()).Should().Equal("b.yaml:2 › service_codes:  *100  is already answered by a.yaml");
        result.Menus.Select(m => m.Id).Should().Equal("one");
    }

    [Fact]
    public void Load_KeepsWarnings_AndServesAMenuThatHasOnlyWarnings()
    {
        var yaml = Small("one", "*100#") + "\n  orphan:\n    type: end\n    text: Seul";

        var result = MenuLoader.Load([("a.yaml", yaml)], ScreenBudget.Default);

        result.IsValid.Should().BeTrue();
        result.Warnings.Should().ContainSingle().Which.Screen.Should().Be("orphan");
        result.Menus.Should().ContainSingle();
    }

    [Fact]
    public void LoadFolder_SkipsSmsYamlAndSubfolders_AndDoesNotServeInvalidFiles()
    {
        using var folder = new TempDirectory("menus");
        folder.WriteFile("good.yaml", Small("good", "*100#"));
        folder.WriteFile("bad.yaml", Small("bad", "*200#").Replace("type: end", "type: ending"));
        folder.WriteFile("sms.yaml", "welcome: not a menu at all");
        folder.WriteFile("SMS.YAML", "welcome: not a menu either");
        folder.WriteFile("notes.txt", "not yaml");
        folder.WriteFile("tests/conversation.yaml", "steps: []");

        var result = MenuLoader.LoadFolder(folder.Path, ScreenBudget.Default);

        result.Menus.Select(m => m.Id).Should().Equal("good");
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "bad.yaml:7 › bye › type: unknown screen type 'ending'; use menu, input, list, action or end",
            "bad.yaml:4 › start: no screen is called 'bye'");
    }

    [Fact]
    public void LoadFolder_ReportsAnError_WhenTheFolderIsMissing()
    {
        using var folder = new TempDirectory("menus");

        var result = MenuLoader.LoadFolder(folder.Combine("nowhere"), ScreenBudget.Default);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("menu folder not found");
    }
}
