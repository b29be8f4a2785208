using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Lint;
using UssdGateway.Core.Tests.Support;
using static UssdGateway.Core.Tests.Menus.Lint.LintFixtures;

namespace UssdGateway.Core.Tests.Menus.Lint;

/// <summary>Each lint rule with a file that breaks it and one that keeps it.</summary>
public sealed class MenuLinterTests
{
    private const string Home = """
          home:
            type: menu
            text: { fr: Accueil, bm: Sigi }
            options:
              - { text: { fr: Fin, bm: Laban }, next: bye }
        """;

    [Fact]
    public void LintFolder_FindsNoError_WhenGivenTheShippedMenus()
    {
        var report = MenuLinter.LintFolder(RepositoryPaths.Menus, Gateway);

        report.ErrorCount.Should().Be(0, string.Join("\n", report.Problems));
        report.Passed.Should().BeTrue();
        report.Files.Should().Contain("renapess.yaml");
        report.Problems.Should().OnlyContain(p => p.Rule == MenuRules.ReviewPending, "the Bambara drafts await review, nothing else is wrong");
    }

    [Fact]
    public void LintFolder_ReportsIt_WhenTheFolderDoesNotExist()
    {
        var report = MenuLinter.LintFolder(Path.Combine(Path.GetTempPath(), "no-such-menus-" + Guid.NewGuid().ToString("N")), Server);

        report.Passed.Should().BeFalse();
        report.Problems.Should().ContainSingle().Which.Message.Should().Be("menu folder not found");
    }

    [Fact]
    public void Lint_ReportsTheLine_WhenTheFileIsNotYaml()
    {
        var report = MenuLinter.Lint([("t.yaml", "menu: t\nscreens:\n  home: [unclosed\n")], [], Server);

        report.Of(MenuRules.Yaml).Should().ContainSingle().Which.Should().StartWith("t.yaml:4 › yaml:");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.Yaml).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTheFieldAndItsLine_WhenAFieldIsUnknown()
    {
        var report = LintMenu("""
              home:
                type: end
                colour: red
                text: { fr: Merci, bm: I ni ce }
            """);

        report.Of(MenuRules.Schema).Should().Equal("t.yaml:8 › home › colour: unknown field; expected one of: type, text");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.Schema).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsAMissingTranslation_WhenALanguageIsLeftOut()
    {
        var report = LintMenu("""
              home:
                type: end
                text: { fr: Merci }
            """);

        report.Of(MenuRules.MissingTranslation).Should().Equal("t.yaml:8 › home › text.bm: missing translation");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.MissingTranslation).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTheLineOfTheField_WhenItNamesAMissingScreen()
    {
        var report = LintMenu("""
              home:
                type: input
                text: { fr: Nom?, bm: Tɔgɔ? }
                save_as: name
                next: nowhere
            """);

        report.Of(MenuRules.UnknownScreen).Should().Equal("t.yaml:10 › home › next: no screen is called 'nowhere'");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.UnknownScreen).Should().BeEmpty();
    }

    [Fact]
    public void Lint_Warns_WhenNoScreenLeadsToAScreen()
    {
        var report = LintMenu(Home + "\n" + Bye + """

              orphan:
                type: end
                text: { fr: Seul, bm: Kelen }
            """);

        report.Of(MenuRules.Unreachable).Should().Equal("warning: t.yaml:15 › orphan › screen: no screen leads here");
        report.Passed.Should().BeTrue("an unreachable screen is a warning");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.Unreachable).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsADeadEnd_WhenAScreenOnlyLoopsOnItself()
    {
        const string info = """
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Fin, bm: Laban }, next: bye }
                  - { text: { fr: Infos, bm: Kunnafoni }, next: info }
              info:
                type: menu
                text: { fr: Infos, bm: Kunnafoni }
                options:
                  - { text: { fr: Encore, bm: Tugun }, next: info }
            """;

        var report = LintMenu(info + "\n" + Bye);

        report.Of(MenuRules.DeadEnd).Should().Equal(
            "t.yaml:13 › info › screen: dead end: no end screen can be reached from here, the caller can only go back or hang up");
        report.Passed.Should().BeFalse();
        LintMenu(info + "\n      - { text: { fr: Accueil, bm: Sigi }, next: home }\n" + Bye).Of(MenuRules.DeadEnd).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsOneDeadEndOnStart_WhenTheMenuHasNoEndAtAll()
    {
        var report = LintMenu("""
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Infos, bm: Kunnafoni }, next: info }
              info:
                type: menu
                text: { fr: Infos, bm: Kunnafoni }
                options:
                  - { text: { fr: Retour, bm: Segin }, next: home }
            """);

        report.Of(MenuRules.DeadEnd).Should().Equal(
            "t.yaml:4 › start: no end screen can be reached from the start: every call ends with the caller hanging up");
    }

    [Fact]
    public void Lint_ReportsTheLaterOption_WhenTwoOptionsReadTheSameInALanguage()
    {
        var report = LintMenu("""
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Oui, bm: Ɔwɔ }, next: bye }
                  - { text: { fr: " oui", bm: Ayi }, next: bye }
            """ + "\n" + Bye);

        report.Of(MenuRules.DuplicateOption).Should().Equal(
            "t.yaml:11 › home › options[2].text.fr: reads the same as option 1 (' oui'): callers cannot tell them apart");
    }

    [Fact]
    public void Lint_AcceptsOptionsThatReadTheSame_WhenTheirConditionsDiffer()
    {
        var report = LintMenu("""
              home:
                type: action
                action: identify_caller
                next: welcome
              welcome:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Continuer, bm: Taa a fɛ }, next: bye, when: registered }
                  - { text: { fr: Continuer, bm: Taa a fɛ }, next: bye, when: not registered }
            """ + "\n" + Bye);

        report.Of(MenuRules.DuplicateOption).Should().BeEmpty();
        report.Passed.Should().BeTrue(string.Join("\n", report.Problems));
    }

    [Fact]
    public void Lint_ReportsTheOption_WhenItsNumberIsANavigationKey()
    {
        const string screens = """
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Un, bm: Kelen }, next: bye }
                  - { text: { fr: Deux, bm: Fila }, next: bye }
            """;

        LintMenu(screens + "\n" + Bye, top: "navigation: { back: \"2\" }\n").Of(MenuRules.NavigationKey)
            .Should().Equal("t.yaml:12 › home › options[2]: option number 2 collides with a navigation key");
        LintMenu(screens + "\n" + Bye).Of(MenuRules.NavigationKey).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTheValue_WhenTheScreenHasNoSaveAs()
    {
        LintMenu("""
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Fin, bm: Laban }, value: end, next: bye }
            """ + "\n" + Bye).Of(MenuRules.UnusedValue).Should().ContainSingle().Which.Should().StartWith("t.yaml:10 › home › options[1].value:");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.UnusedValue).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTheVariableAndTheNearestKnownName_WhenNothingSetsIt()
    {
        var report = LintMenu("""
              home:
                type: input
                text: { fr: Nom?, bm: Tɔgɔ? }
                save_as: full_name
                next: bye
              bye:
                type: end
                text:
                  fr: "Merci {ful_name}!"
                  bm: "I ni ce {full_name}!"
            """);

        report.Of(MenuRules.UnknownVariable).Should().Equal(
            "t.yaml:14 › bye › text.fr: {ful_name} is never set in this menu; did you mean {full_name}?");
        report.Passed.Should().BeFalse();
    }

    [Fact]
    public void Lint_AcceptsVariables_WhenSaveAsLabelsOptionsActionsOrTheEngineSetThem()
    {
        var report = LintMenu("""
              home:
                type: action
                action: identify_caller
                next: pick
              pick:
                type: menu
                text: { fr: "Bonjour {registered_name} ({language})", bm: "I ni ce {registered_name}" }
                save_as: gender
                options:
                  - { text: { fr: Femme, bm: Muso }, value: F, next: region, set: { title: Mme } }
              region:
                type: list
                text: { fr: Région, bm: Mara }
                source: mali_regions
                save_as: region
                next: bye
              bye:
                type: end
                text: { fr: "{title} {gender_label} {gender} {region_label}", bm: "{title} {region}" }
            """);

        report.Of(MenuRules.UnknownVariable).Should().BeEmpty();
        report.Passed.Should().BeTrue(string.Join("\n", report.Problems));
    }

    [Fact]
    public void Lint_ReportsTheCondition_WhenNothingSetsItsVariable()
    {
        LintMenu("""
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Fin, bm: Laban }, next: bye, when: not registred }
            """ + "\n" + Bye).Of(MenuRules.UnknownVariable).Should().Equal(
            "t.yaml:10 › home › options[1].when: 'registred' is never set in this menu");
    }

    [Fact]
    public void Lint_OnlyWarnsAboutUnknownVariables_WhenAnActionDoesNotSayWhatItSets()
    {
        var report = LintMenu("""
              home:
                type: action
                action: legacy_action
                next: bye
              bye:
                type: end
                text: { fr: "Solde: {balance}", bm: "Wari: {balance}" }
            """);

        report.Of(MenuRules.UnknownVariable).Should().Equal(
            "warning: t.yaml:12 › bye › text.fr: {balance} is never set in this menu (unless action legacy_action sets it: it does not say what it sets)",
            "warning: t.yaml:12 › bye › text.bm: {balance} is never set in this menu (unless action legacy_action sets it: it does not say what it sets)");
        report.Passed.Should().BeTrue();
    }

    [Fact]
    public void Lint_ReportsTheNamesKnown_WhenAnActionOrListDoesNotExist()
    {
        const string screens = """
              home:
                type: action
                action: {0}
                next: pick
              pick:
                type: list
                text: { fr: Région, bm: Mara }
                source: {1}
                save_as: region
                next: bye
            """;

        var report = LintMenu(screens.Replace("{0}", "register_beneficary", StringComparison.Ordinal).Replace("{1}", "regions", StringComparison.Ordinal) + "\n" + Bye);

        report.Of(MenuRules.UnknownAction).Should().Equal(
            "t.yaml:8 › home › action: no action called 'register_beneficary'; known actions: identify_caller, legacy_action, register_beneficiary");
        report.Of(MenuRules.UnknownList).Should().Equal("t.yaml:13 › pick › source: no list called 'regions'; known lists: mali_regions");
        var good = LintMenu(screens.Replace("{0}", "register_beneficiary", StringComparison.Ordinal).Replace("{1}", "mali_regions", StringComparison.Ordinal) + "\n" + Bye);
        good.Of(MenuRules.UnknownAction).Should().BeEmpty();
        good.Of(MenuRules.UnknownList).Should().BeEmpty();
    }

    [Fact]
    public void Lint_PointsAtTheCharacterThatForcedUcs2_WhenAScreenIsOverBudgetEvenInGsm7Spelling()
    {
        var bm = string.Concat(Enumerable.Repeat("Mɔgɔw bɛ baara kɛ ɲɔgɔn fɛ. ", 6)).Trim();
        var report = LintMenu($$"""
              home:
                type: end
                text:
                  fr: "Merci."
                  bm: "{{bm}}"
            """);

        var at = bm.IndexOf('ɔ', StringComparison.Ordinal) + 1;
        report.Of(MenuRules.ScreenBudget).Should().Equal(
            $"t.yaml:10 › home › text.bm: {bm.Length} characters, over the 80 of a UCS-2 screen ('ɔ' at column {at} forces UCS-2), "
            + $"and {UssdGateway.Core.Text.GsmAlphabet.Measure(UssdGateway.Core.Text.GsmTransliterator.ToGsm(bm)).Septets} septets even in its GSM-7 spelling, over the 160");
        LintMenu(Home + "\n" + Bye).Of(MenuRules.ScreenBudget).Should().BeEmpty();
    }

    [Fact]
    public void Lint_WarnsOncePerLanguageWithTheCount_WhenTextsAwaitReview()
    {
        const string screens = """
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options: &options
                  - { text: { fr: Fin, bm: Laban }, next: bye }
              again:
                type: menu
                text: { fr: Encore, bm: Tugun, review: { bm: reviewed } }
                options: *options
              bye:
                type: end
                text: { fr: Merci, bm: I ni ce }
            """;

        var report = LintMenu(screens.Replace("options: &options\n      - { text: { fr: Fin, bm: Laban }, next: bye }",
            "options: &options\n      - { text: { fr: Fin, bm: Laban }, next: bye }\n      - { text: { fr: Encore, bm: Tugun }, next: again }", StringComparison.Ordinal),
            top: "review: { bm: pending }\n");

        report.Of(MenuRules.ReviewPending).Should().Equal(
            "warning: t.yaml:5 › review: 4 Bamanankan (bm) texts still await a native speaker's review (review: { bm: pending })");
        report.Passed.Should().BeTrue();
        LintMenu(Home + "\n" + Bye).Of(MenuRules.ReviewPending).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTheSecondFile_WhenTwoFilesUseOneMenuId()
    {
        var report = MenuLinter.Lint([("a.yaml", Minimal), ("b.yaml", Minimal.Replace("*100#", "*200#", StringComparison.Ordinal))], [], Server);

        report.Of(MenuRules.Duplicate).Should().Equal("b.yaml:1 › menu: menu id 't' is already used by a.yaml");
        MenuLinter.Lint([("a.yaml", Minimal)], [], Server).Of(MenuRules.Duplicate).Should().BeEmpty();
    }

    [Fact]
    public void Lint_ListsProblemsByLineWithARule_WhenAFileHasSeveral()
    {
        var report = LintMenu("""
              home:
                type: menu
                text: { fr: "Bonjour {nom}", bm: Sigi }
                options:
                  - { text: { fr: Fin, bm: Laban }, next: nowhere }
            """);

        report.Problems.Select(p => p.Line).Should().BeInAscendingOrder();
        report.Problems.Should().OnlyContain(p => p.Rule != null);
        report.ErrorCount.Should().Be(2, string.Join("\n", report.All()));
    }
}
