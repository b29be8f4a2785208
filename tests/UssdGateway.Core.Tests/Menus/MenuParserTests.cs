using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Validation;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Menus;

public sealed class MenuParserTests
{
    private const string Valid = """
        menu: t
        service_codes: ["*100#"]
        languages: [fr, bm]
        start: home
        screens:
          home:
            type: menu
            text: { fr: Accueil, bm: Sigi }
            options:
              - text: { fr: Fin, bm: Laban }
                next: bye
          bye:
            type: end
            text: Au revoir
        """;

    [Fact]
    public void Parse_ReadsEverySetting_WhenTheFileIsValid()
    {
        var menu = TestMenus.Parse("""
            menu: renapess
            service_codes: ["*384*123#", "*384*124#"]
            languages: [fr, bm]
            language_names: { bm: Bambara }
            ask_language: false
            start: home
            navigation: { back: "9", home: "99", more: "#" }
            max_attempts: 5
            messages:
              invalid_choice: { fr: "Mauvais choix.", bm: "A man ɲi." }
            screens:
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - { text: { fr: Fin, bm: Laban }, next: bye }
              bye:
                type: end
                text: Au revoir
            """, "renapess.yaml");

        menu.Id.Should().Be("renapess");
        menu.FileName.Should().Be("renapess.yaml");
        menu.ServiceCodes.Should().Equal("*384*123#", "*384*124#");
        menu.Languages.Should().Equal("fr", "bm");
        menu.DefaultLanguage.Should().Be("fr");
        menu.AskLanguage.Should().BeFalse();
        menu.Start.Should().Be("home");
        menu.Navigation.Should().Be(new NavigationKeys("9", "99", "#"));
        menu.MaxAttempts.Should().Be(5);
        menu.LanguageName("bm").Should().Be("Bambara");
        menu.LanguageName("fr").Should().Be("Français");
        menu.LanguageName("xx").Should().Be("xx");
        menu.Message(BuiltInMessages.InvalidChoice, "bm").Should().Be("A man ɲi.");
        menu.Message(BuiltInMessages.Back, "bm").Should().Be("Segin");
        menu.Screens.Keys.Should().Equal("home", "bye");
        menu.Version.Should().HaveLength(16).And.Be(MenuParser.VersionOf(menu.Source));
    }

    [Fact]
    public void Parse_UsesDefaults_WhenOptionalSettingsAreAbsent()
    {
        var menu = TestMenus.Parse(Valid);

        menu.Navigation.Should().Be(new NavigationKeys("0", "00", "98"));
        menu.MaxAttempts.Should().Be(3);
        menu.AskLanguage.Should().BeTrue("a menu in two languages asks first-time callers");
        menu.Message(BuiltInMessages.InvalidChoice, "fr").Should().Be("Choix invalide.");
    }

    [Fact]
    public void Parse_DoesNotAskTheLanguage_WhenTheMenuHasOneLanguage()
    {
        TestMenus.Parse(Valid.Replace("[fr, bm]", "[fr]").Replace(", bm: Sigi", "").Replace(", bm: Laban", "")).AskLanguage.Should().BeFalse();
    }

    [Fact]
    public void Parse_GivesEachScreenItsSettings_WhenEveryTypeIsUsed()
    {
        var menu = TestMenus.Parse("""
            menu: t
            service_codes: ["*100#"]
            languages: [fr]
            start: home
            screens:
              home:
                type: menu
                text: Accueil
                save_as: choice
                next: ask
                options:
                  - { text: Un, value: one, when: "not registered", set: { source: menu } }
                  - { text: Deux, next: bye }
              ask:
                type: input
                text: "Montant?"
                save_as: amount
                validate: { min_length: 1, max_length: 9, regex: "[0-9 ]+", integer: { min: 0, max: 500000 }, year: { min_age: 15, max_age: 40 }, phone: mali }
                error: "Montant invalide."
                max_attempts: 2
                next: regions
              regions:
                type: list
                text: Region
                source: mali_regions
                save_as: region
                empty: Rien
                next: act
              act:
                type: action
                action: register_beneficiary
                next: bye
                failure: bye
                outcomes: { already_registered: bye }
              bye:
                type: end
                text: Au revoir
            """);

        var home = menu.Screens["home"].Should().BeOfType<MenuScreen>().Subject;
        home.SaveAs.Should().Be("choice");
        home.Options.Should().HaveCount(2);
        home.Options[0].Next.Should().Be("ask", "an option without 'next' takes the screen's");
        home.Options[0].Value.Should().Be("one");
        home.Options[0].When!.Source.Should().Be("not registered");
        home.Options[0].Set.Should().Equal(new Dictionary<string, string> { ["source"] = "menu" });
        home.Options[0].Line.Should().Be(12);
        home.Options[1].Next.Should().Be("bye");
        home.Targets.Should().Equal("ask", "bye");

        var ask = menu.Screens["ask"].Should().BeOfType<InputScreen>().Subject;
        ask.SaveAs.Should().Be("amount");
        ask.MaxAttempts.Should().Be(2);
        ask.Error!.Get("fr", "fr").Source.Should().Be("Montant invalide.");
        ask.Rules.Select(r => r.GetType()).Should().Equal(
            typeof(LengthRule), typeof(RegexRule), typeof(IntegerRule), typeof(YearRule), typeof(MaliPhoneRule));
        ask.Rules.OfType<IntegerRule>().Single().Should().BeEquivalentTo(new { Min = 0L, Max = 500_000L });
        ask.Rules.OfType<YearRule>().Single().Should().BeEquivalentTo(new { MinAge = 15, MaxAge = 40 });
        ask.Line.Should().Be(15);

        var regions = menu.Screens["regions"].Should().BeOfType<ListScreen>().Subject;
        regions.Source.Should().Be("mali_regions");
        regions.Empty!.Get("fr", "fr").Source.Should().Be("Rien");

        var act = menu.Screens["act"].Should().BeOfType<ActionScreen>().Subject;
        act.Routes.Should().Equal(
            new KeyValuePair<string, string>("success", "bye"),
            new KeyValuePair<string, string>("failure", "bye"),
            new KeyValuePair<string, string>("already_registered", "bye"));
        act.Targets.Should().Equal("bye");
        act.IsShown.Should().BeFalse();
        act.Text.Should().BeNull();

        menu.Screens["bye"].Should().BeOfType<EndScreen>().Which.Targets.Should().BeEmpty();
    }

    [Fact]
    public void Parse_AppliesAPlainStringToEveryLanguage_WithNothingToReview()
    {
        var menu = TestMenus.Parse(Valid.Replace("start: home", "start: home\nreview: { bm: pending }"));

        var bye = menu.Screens["bye"].Text!;
        bye.ByLanguage.Keys.Should().BeEquivalentTo(["fr", "bm"]);
        bye.Get("bm", "fr").Source.Should().Be("Au revoir");
        bye.Review.Should().BeEmpty();
        bye.Line.Should().Be(15);
    }

    [Fact]
    public void Parse_MarksEveryTranslationWithTheMenuReviewDefault_UnlessTheTextSaysOtherwise()
    {
        var menu = TestMenus.Parse("""
            menu: t
            service_codes: ["*100#"]
            languages: [fr, bm]
            review: { bm: pending }
            start: home
            screens:
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - text: { fr: Fin, bm: Laban, review: { bm: reviewed, fr: draft } }
                    next: bye
              bye:
                type: end
                text:
                  fr: Au revoir
                  bm: K'an bɛn
            """);

        var home = (MenuScreen)menu.Screens["home"];
        home.Text!.Review.Should().Equal(new Dictionary<string, string> { ["bm"] = "pending" });
        home.Options[0].Text.Review.Should().BeEquivalentTo(new Dictionary<string, string> { ["bm"] = "reviewed", ["fr"] = "draft" });
        menu.Screens["bye"].Text!.Review.Should().Equal(new Dictionary<string, string> { ["bm"] = "pending" });
        menu.Screens["bye"].Text!.Line.Should().Be(16);
    }

    [Fact]
    public void Parse_ReportsTheYamlLine_WhenTheFileIsNotYaml()
    {
        var errors = TestMenus.Errors("""
            menu: t
            service_codes: ["*100#"]
            screens:
              home:
                type: menu
                text: "Accueil
              bye:
            """, "broken.yaml");

        errors.Should().ContainSingle();
        errors[0].Field.Should().Be("yaml");
        errors[0].Line.Should().Be(6);
        errors[0].ToString().Should().StartWith("broken.yaml:6 › yaml: ");
        MenuParser.Parse("broken.yaml", "menu: [").Menu.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment")]
    [InlineData("- a\n- b")]
    [InlineData("just text")]
    public void Parse_Refuses_WhenTheFileIsNotAMapping(string source)
    {
        var (menu, errors) = MenuParser.Parse("t.yaml", source);

        menu.Should().BeNull();
        errors.Select(e => e.ToString()).Should().Equal("t.yaml:1 › menu: the file must be a mapping starting with 'menu:'");
    }

    [Fact]
    public void Parse_ReportsEachMissingSetting_WhenTheTopLevelIsIncomplete()
    {
        TestMenus.ErrorLines("""
            # a menu without its essentials
            languages: [fr]
            """).Should().BeEquivalentTo(
            "test.yaml:2 › menu: missing",
            "test.yaml:2 › service_codes: missing",
            "test.yaml:2 › start: missing",
            "test.yaml:2 › screens: missing: a menu needs at least one screen");
    }

    [Fact]
    public void Parse_ReportsEmptyLists_WhenLanguagesAndServiceCodesAreEmpty()
    {
        TestMenus.ErrorLines(Valid.Replace("[fr, bm]", "[]").Replace("""["*100#"]""", "[]")).Should().BeEquivalentTo(
            "test.yaml:2 › service_codes: must not be empty",
            "test.yaml:3 › languages: must not be empty",
            "test.yaml:8 › home › text.bm: language 'bm' is not in the menu's languages (fr)",
            "test.yaml:10 › home › options[1].text.bm: language 'bm' is not in the menu's languages (fr)");
    }

    [Fact]
    public void Parse_ReportsTheUnknownScreenType_WithItsLine()
    {
        TestMenus.ErrorLines(Valid.Replace("type: end", "type: form")).Should().Equal(
            "test.yaml:13 › bye › type: unknown screen type 'form'; use menu, input, list, action or end");
    }

    [Fact]
    public void Parse_ReportsTheType_WhenItIsCapitalised()
    {
        TestMenus.ErrorLines(Valid.Replace("type: end", "type: End")).Should().Equal(
            "test.yaml:13 › bye › type: unknown screen type 'End'; use menu, input, list, action or end");
    }

    [Fact]
    public void Parse_ReportsAnUnknownField_WhenAScreenKeyIsMisspelt()
    {
        TestMenus.ErrorLines(Valid.Replace("        next: bye", "        nxt: bye")).Should().Equal(
            "test.yaml:11 › home › options[1].nxt: unknown field; expected one of: text, next, when, value, set",
            "test.yaml:10 › home › options[1].next: missing: name the screen this option leads to (or give the screen a 'next')");
    }

    [Fact]
    public void Parse_ReportsAnUnknownField_OnScreensAndAtTheTop()
    {
        var lines = TestMenus.ErrorLines(Valid.Replace("    type: end", "    type: end\n    nxt: home").Replace("start: home", "start: home\nstrat: home"));

        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("test.yaml:5 › strat: unknown field; expected one of: menu, service_codes, languages, ")
            .And.Contain(" start, ").And.EndWith(", screens");
        lines[1].Should().Be("test.yaml:15 › bye › nxt: unknown field; expected one of: type, text");
    }

    [Fact]
    public void Parse_ReportsAMissingTranslation_AtTheTextsLine()
    {
        TestMenus.ErrorLines(Valid.Replace("{ fr: Fin, bm: Laban }", "{ fr: Fin }")).Should().Equal(
            "test.yaml:10 › home › options[1].text.bm: missing translation");
    }

    [Fact]
    public void Parse_ReportsTheLanguage_WhenATextUsesOneNotInTheMenu()
    {
        TestMenus.ErrorLines(Valid.Replace("{ fr: Accueil, bm: Sigi }", "{ fr: Accueil, bm: Sigi, en: Home }")).Should().Equal(
            "test.yaml:8 › home › text.en: language 'en' is not in the menu's languages (fr, bm)");
    }

    [Fact]
    public void Parse_ReportsTheText_WhenItIsNeitherAStringNorAMapping()
    {
        TestMenus.ErrorLines(Valid.Replace("text: Au revoir", "text: [Au, revoir]")).Should().Equal(
            "test.yaml:14 › bye › text: a text is either a string or a mapping of language to text ({ fr: ..., bm: ... })");
    }

    [Fact]
    public void Parse_ReportsTheTranslation_WhenItIsNotOneLine()
    {
        TestMenus.ErrorLines(Valid.Replace("{ fr: Fin, bm: Laban }", "{ fr: Fin, bm: [La, ban] }")).Should().Equal(
            "test.yaml:10 › home › options[1].text.bm: a text must be a single line of text",
            "test.yaml:10 › home › options[1].text.bm: missing translation");
    }

    [Fact]
    public void Parse_ReportsTheReview_WhenItIsNotAMapping()
    {
        TestMenus.ErrorLines(Valid.Replace("{ fr: Fin, bm: Laban }", "{ fr: Fin, bm: Laban, review: pending }")).Should().Equal(
            "test.yaml:10 › home › options[1].text.review: write the review status per language, e.g. { bm: pending }");
    }

    private const string InputMenu = """
        menu: t
        service_codes: ["*100#"]
        languages: [fr]
        start: ask
        screens:
          ask:
            type: input
            text: "Nom?"
            save_as: name
            validate:
              min_length: 2
              max_length: 60
            next: bye
          bye:
            type: end
            text: Merci
        """;

    [Fact]
    public void Parse_ReportsAnInvalidRegex_AtItsLine()
    {
        var lines = TestMenus.ErrorLines(InputMenu.Replace("      max_length: 60", "      max_length: 60\n      regex: \"[a-z\""));

        lines.Should().ContainSingle().Which.Should().StartWith("test.yaml:13 › ask › validate.regex: not a valid regular expression: ");
    }

    [Fact]
    public void Parse_ReportsANonIntegerMinLength_AtItsLine()
    {
        TestMenus.ErrorLines(InputMenu.Replace("min_length: 2", "min_length: two")).Should().Equal(
            "test.yaml:11 › ask › validate.min_length: must be a whole number, not 'two'");
    }

    [Fact]
    public void Parse_ReportsMinLength_WhenGreaterThanMaxLength()
    {
        TestMenus.ErrorLines(InputMenu.Replace("min_length: 2", "min_length: 70")).Should().Equal(
            "test.yaml:11 › ask › validate.min_length: is greater than max_length");
    }

    [Fact]
    public void Parse_ReportsAnUnknownValidator_AndAnUnknownPhoneKind()
    {
        TestMenus.ErrorLines(InputMenu.Replace("      max_length: 60", "      max_lenght: 60\n      phone: france")).Should().Equal(
            "test.yaml:12 › ask › validate.max_lenght: unknown field; expected one of: min_length, max_length, regex, integer, year, phone",
            "test.yaml:13 › ask › validate.phone: only 'mali' is known");
    }

    [Fact]
    public void Parse_ReportsUnknownFields_WhenIntegerOrYearBoundsAreMisspelt()
    {
        TestMenus.ErrorLines(InputMenu.Replace("      max_length: 60", "      integer: { minimum: 1 }\n      year: { min: 15 }")).Should().Equal(
            "test.yaml:12 › ask › validate.integer.minimum: unknown field; expected one of: min, max",
            "test.yaml:13 › ask › validate.year.min: unknown field; expected one of: min_age, max_age");
    }

    [Theory]
    [InlineData("max_attempts: 0", "max_attempts: must be between 1 and 10")]
    [InlineData("max_attempts: 11", "max_attempts: must be between 1 and 10")]
    [InlineData("max_attempts: many", "max_attempts: must be a whole number, not 'many'")]
    public void Parse_ReportsTheAttemptLimit_WhenOutOfRangeOrNotANumber(string line, string message)
    {
        TestMenus.ErrorLines(InputMenu.Replace("    next: bye", "    " + line + "\n    next: bye")).Should().Equal(
            "test.yaml:13 › ask › " + message);
    }

    [Fact]
    public void Parse_ReportsMissingRequiredScreenFields_AtTheScreensLine()
    {
        TestMenus.ErrorLines(InputMenu.Replace("    save_as: name\n", "").Replace("    next: bye\n", "")).Should().Equal(
            "test.yaml:7 › ask › save_as: missing",
            "test.yaml:7 › ask › next: missing");
    }

    [Fact]
    public void Parse_ReportsABadCondition_AtTheOptionsLine()
    {
        TestMenus.ErrorLines(Valid.Replace("        next: bye", "        next: bye\n        when: registered and adult")).Should().Equal(
            "test.yaml:12 › home › options[1].when: cannot read condition 'registered and adult': write a variable name, 'not name', 'name == value' or 'name != value'");
    }

    [Fact]
    public void Parse_ReportsTheText_WhenAnOptionHasNone()
    {
        TestMenus.ErrorLines(Valid.Replace("      - text: { fr: Fin, bm: Laban }\n        next: bye", "      - next: bye")).Should().Equal(
            "test.yaml:10 › home › options[1].text: missing");
    }

    [Fact]
    public void Parse_ReportsTheOptions_WhenTheyAreNotAList()
    {
        TestMenus.ErrorLines(Valid.Replace("    options:\n      - text: { fr: Fin, bm: Laban }\n        next: bye\n", "    options: none\n"))
            .Should().Equal("test.yaml:7 › home › options: a menu screen needs a list of options");
    }

    [Fact]
    public void Parse_ReportsTheOption_WhenItIsNotAMapping()
    {
        TestMenus.ErrorLines(Valid.Replace("    options:\n", "    options:\n      - just text\n")).Should().Equal(
            "test.yaml:10 › home › options[1]: an option is a mapping with 'text' and 'next'");
    }

    [Fact]
    public void Parse_ReportsABadScreenId_AndAScreenThatIsNotAMapping()
    {
        TestMenus.ErrorLines(Valid + "\n  2nd-screen: nothing").Should().Equal(
            "test.yaml:15 › 2nd-screen › id: screen ids use letters, digits and _ only",
            "test.yaml:15 › 2nd-screen › type: a screen is a mapping with a 'type'");
    }

    [Fact]
    public void Parse_ReportsAnUnknownMessage_AndAMissingMessageTranslation()
    {
        TestMenus.ErrorLines(Valid.Replace("start: home", "start: home\nmessages:\n  oops: Oups\n  back: { fr: Retour }")).Should().Equal(
            "test.yaml:6 › messages.oops: unknown message; known: invalid_choice, too_many_attempts, error, back, more, unknown_service, language_prompt, empty_list, resume_prompt, resume_continue, resume_restart, rate_limited",
            "test.yaml:7 › messages.back.bm: missing translation");
    }

    [Fact]
    public void Parse_ReportsEachValue_WhenTopLevelValuesAreWrong()
    {
        TestMenus.ErrorLines(Valid
                .Replace("start: home", "start: home\nask_language: maybe\nmax_attempts: 0\nnavigation: { back: \"0\", up: \"1\" }")
                .Replace("""["*100#"]""", "\"*100#\""))
            .Should().Equal(
                "test.yaml:2 › service_codes: must be a list of values, e.g. [fr, bm]",
                "test.yaml:6 › max_attempts: must be between 1 and 10",
                "test.yaml:5 › ask_language: must be true or false",
                "test.yaml:7 › navigation.up: unknown field; expected one of: back, home, more");
    }

    [Fact]
    public void Parse_CollectsEveryProblem_RatherThanStoppingAtTheFirst()
    {
        var errors = TestMenus.Errors(Valid.Replace("type: end", "type: form").Replace("{ fr: Fin, bm: Laban }", "{ fr: Fin }"));

        errors.Should().HaveCount(2);
        errors.Should().OnlyContain(e => !e.IsWarning);
    }

    [Fact]
    public void Parse_RecordsTheLineOfEveryField_SoProblemsPointAtTheFieldItself()
    {
        var menu = TestMenus.Parse("""
            menu: t
            service_codes: ["*100#"]
            languages: [fr, bm]
            start: act
            review: { bm: pending }
            screens:
              act:
                type: action
                action: identify_caller
                next: bye
                outcomes:
                  registered: bye
              bye:
                type: end
                text:
                  fr: Merci
                  bm: I ni ce
            """);

        menu.LineOf("start").Should().Be(4);
        menu.LineOf("review").Should().Be(5);
        menu.LineOf("absent").Should().Be(1);
        var act = menu.Screens["act"];
        (act.Line, act.LineOf("action"), act.LineOf("next"), act.LineOf("outcomes.registered"), act.LineOf("failure"))
            .Should().Be((8, 9, 10, 12, 8));
        var text = menu.Screens["bye"].Text!;
        (text.LineOf("fr"), text.LineOf("bm"), text.LineOf("en")).Should().Be((16, 17, text.Line));
    }

    [Fact]
    public void VersionOf_Changes_WhenTheContentChanges()
    {
        MenuParser.VersionOf(Valid).Should().Be(MenuParser.VersionOf(Valid)).And.NotBe(MenuParser.VersionOf(Valid + " "));
    }
}
