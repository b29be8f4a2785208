using UssdGateway.Core.Menus;
using UssdGateway.Core.Tests.Support;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Menus;

public sealed class MenuCheckerTests
{
    private static readonly HashSet<string> KnownActions = ["identify_caller", "register_beneficiary"];
    private static readonly HashSet<string> KnownLists = ["mali_regions"];

    /// <summary>A menu in fr and bm whose screens start at line 6.</summary>
    private static MenuDefinition Menu(string screens, string top = "") => TestMenus.Parse(
        "menu: t\nservice_codes: [\"*100#\"]\nlanguages: [fr, bm]\nstart: home\n" + top + "screens:\n" + screens);

    private static string[] Check(MenuDefinition menu, bool withNames = true) =>
        [.. MenuChecker.Check(menu, ScreenBudget.Default, withNames ? KnownActions : null, withNames ? KnownLists : null).Select(e => e.ToString())];

    private const string Bye = """
          bye:
            type: end
            text: Merci
        """;

    [Fact]
    public void Check_FindsNothing_WhenEveryScreenIsReachableAndExists()
    {
        Check(Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Fin, next: bye }
                  - { text: Langue, next: $language }
            """ + "\n" + Bye)).Should().BeEmpty();
    }

    [Fact]
    public void Check_ReportsEveryUnknownTarget_WithScreenAndField()
    {
        var problems = Check(Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Un, next: nowhere }
                  - { text: Deux, next: ask }
                  - { text: Trois, next: pick }
                  - { text: Quatre, next: act }
              ask:
                type: input
                text: Nom?
                save_as: name
                next: nope
              pick:
                type: list
                text: Region
                source: mali_regions
                save_as: region
                next: gone
              act:
                type: action
                action: register_beneficiary
                next: lost
                failure: missing
                outcomes: { already_registered: elsewhere }
            """));

        problems.Should().Equal(
            "test.yaml:10 › home › options[1].next: no screen is called 'nowhere'",
            "test.yaml:18 › ask › next: no screen is called 'nope'",
            "test.yaml:24 › pick › next: no screen is called 'gone'",
            "test.yaml:28 › act › next: no screen is called 'lost'",
            "test.yaml:29 › act › failure: no screen is called 'missing'",
            "test.yaml:30 › act › outcomes.already_registered: no screen is called 'elsewhere'");
    }

    [Fact]
    public void Check_ReportsAnUnknownStart_AndEveryScreenAsUnreachable()
    {
        var problems = MenuChecker.Check(Menu(Bye).WithStart("welcome"), ScreenBudget.Default);

        problems.Select(p => (p.ToString(), p.IsWarning)).Should().Equal(
            ("test.yaml:1 › start: no screen is called 'welcome'", false),
            ("test.yaml:7 › bye › screen: no screen leads here", true));
    }

    [Fact]
    public void Check_WarnsOnly_WhenAScreenIsUnreachable()
    {
        var problems = MenuChecker.Check(Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Fin, next: bye }
              orphan:
                type: end
                text: Personne ne vient ici
            """ + "\n" + Bye), ScreenBudget.Default);

        problems.Should().ContainSingle().Which.Should().Be(new MenuError("test.yaml", 12, "orphan", "screen", "no screen leads here", IsWarning: true, Rule: MenuRules.Unreachable));
    }

    [Fact]
    public void Check_ReportsUnknownActionsAndLists_WhenTheKnownNamesAreGiven()
    {
        var menu = Menu("""
              home:
                type: action
                action: regsiter_beneficiary
                next: pick
              pick:
                type: list
                text: Region
                source: regions
                save_as: region
                next: bye
            """ + "\n" + Bye);

        Check(menu).Should().Equal(
            "test.yaml:8 › home › action: no action called 'regsiter_beneficiary'; known actions: identify_caller, register_beneficiary",
            "test.yaml:13 › pick › source: no list called 'regions'; known lists: mali_regions");
        Check(menu, withNames: false).Should().BeEmpty("names are only checked when the host says which exist");
    }

    [Fact]
    public void Check_ReportsTheOption_WhenItsNumberIsANavigationKey()
    {
        var menu = Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Un, next: bye }
                  - { text: Deux, next: bye }
                  - { text: Trois, next: bye }
            """ + "\n" + Bye, top: "navigation: { more: \"2\" }\n");

        Check(menu).Should().Equal("test.yaml:12 › home › options[2]: option number 2 collides with a navigation key");
    }

    [Fact]
    public void Check_ReportsNavigation_WhenKeysAreNotDistinct()
    {
        var menu = Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Un, next: bye }
            """ + "\n" + Bye, top: "navigation: { back: \"0\", home: \"0\" }\n");

        Check(menu).Should().Equal("test.yaml:5 › navigation: back, home and more need three different keys");
    }

    [Fact]
    public void Check_ReportsAValueWithoutSaveAs_AndAMenuWithoutOptions()
    {
        var menu = Menu("""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: Un, value: one, next: empty }
              empty:
                type: menu
                text: Rien
                options: []
            """);

        Check(menu).Should().Equal(
            "test.yaml:10 › home › options[1].value: has no effect: the screen has no 'save_as'",
            "test.yaml:14 › empty › options: a menu screen needs at least one option");
    }

    [Fact]
    public void Check_ReportsTheLanguage_WhenItIsNotALanguageCode()
    {
        var menu = TestMenus.Parse("""
            menu: t
            service_codes: ["*100#"]
            languages: [fr, Bambara]
            start: bye
            screens:
              bye:
                type: end
                text: Merci
            """);

        Check(menu).Should().Equal("test.yaml:3 › languages: 'Bambara' is not a language code (two or three lowercase letters, e.g. fr, bm)");
    }

    [Fact]
    public void Check_NamesScreenLanguageAndTheCharacterForcingUcs2_WhenABambaraTextIsTooLong()
    {
        const string bm = "Nin ye kunnafoni ye: an bɛ i tɔgɔ mara kalan kosɔn, i bɛ se ka a jɔsi tuma o tuma.";
        var menu = Menu($$"""
              home:
                type: menu
                text:
                  fr: "Nous gardons votre nom pour la formation."
                  bm: "{{bm}}"
                options:
                  - { text: Fin, next: bye }
            """ + "\n" + Bye, top: "gsm_fallback: false\n");
        var units = bm.Length + "\n0. Segin\n98. Tɔ".Length;

        Check(menu).Should().Equal(
            $"test.yaml:11 › home › text.bm: {units} characters, over the 80 of a UCS-2 screen ('ɛ' at column {bm.IndexOf('ɛ', StringComparison.Ordinal) + 1} forces UCS-2) with the back and more lines");
    }

    [Fact]
    public void Check_AcceptsALongBambaraText_WhenItsGsm7SpellingFits()
    {
        const string bm = "Nin ye kunnafoni ye: an bɛ i tɔgɔ mara kalan kosɔn, i bɛ se ka a jɔsi tuma o tuma.";
        var menu = Menu($$"""
              home:
                type: menu
                text: { fr: "Nous gardons votre nom.", bm: "{{bm}}" }
                options:
                  - { text: Fin, next: bye }
            """ + "\n" + Bye);

        menu.GsmFallback.Should().BeTrue();
        Check(menu).Should().BeEmpty();
    }

    [Fact]
    public void Check_SaysTheNavigationForcesUcs2_WhenTheTextItselfIsGsm7()
    {
        var fr = new string('a', 70);
        var menu = Menu($$"""
              home:
                type: menu
                text: "{{fr}}"
                options:
                  - { text: Fin, next: bye }
            """ + "\n" + Bye, top: "gsm_fallback: false\n");

        Check(menu).Should().Equal(
            "test.yaml:9 › home › text.bm: 86 characters, over the 80 of a UCS-2 screen (forced by the navigation text) with the back and more lines");
    }

    [Fact]
    public void Check_ReportsAGsm7EndTextOver160Septets_ButNotItsVariables()
    {
        var fr = new string('a', 150) + "[{full_name}]" + new string('b', 9);
        var menu = Menu($$"""
              home:
                type: end
                text: "{{fr}}"
            """);

        Check(menu).Should().Equal(
            "test.yaml:8 › home › text.fr: 163 septets, over the 160 of a GSM-7 screen",
            "test.yaml:8 › home › text.bm: 163 septets, over the 160 of a GSM-7 screen");
    }

    [Fact]
    public void Check_ReportsQuestionAndError_WhenAnInputTextIsTooLong()
    {
        var text = new string('q', 161);
        var menu = Menu($$"""
              home:
                type: input
                text: { fr: "{{text}}", bm: "Tɔgɔ?" }
                error: { fr: "Non", bm: "{{text}}" }
                save_as: name
                next: bye
            """ + "\n" + Bye);

        Check(menu).Should().Equal(
            "test.yaml:8 › home › text.fr: 161 septets, over the 160 of a GSM-7 screen",
            "test.yaml:9 › home › error.bm: 161 septets, over the 160 of a GSM-7 screen");
    }

    [Fact]
    public void Check_ReportsTheOption_WhenItCannotFitEvenAlone()
    {
        var option = new string('o', 150);
        var menu = Menu($$"""
              home:
                type: menu
                text: Accueil
                options:
                  - { text: { fr: "{{option}}", bm: Laban }, next: bye }
            """ + "\n" + Bye);

        Check(menu).Should().Equal("test.yaml:10 › home › options[1].text.fr: too long to fit a screen even alone");
    }

    [Fact]
    public void Check_UsesTheBudget_WhenGivenASmallerOne()
    {
        var menu = Menu("""
              home:
                type: end
                text: "Merci pour votre inscription au programme."
            """);

        MenuChecker.Check(menu, new ScreenBudget(40, 20)).Should().HaveCount(2);
        MenuChecker.Check(menu, ScreenBudget.Default).Should().BeEmpty();
    }
}
