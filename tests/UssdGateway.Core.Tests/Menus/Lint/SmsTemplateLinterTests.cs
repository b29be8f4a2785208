using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Lint;
using static UssdGateway.Core.Tests.Menus.Lint.LintFixtures;

namespace UssdGateway.Core.Tests.Menus.Lint;

public sealed class SmsTemplateLinterTests
{
    private static readonly string LongFrench = string.Join(' ', Enumerable.Repeat("Votre formation commence lundi a 9h au centre de la Commune II.", 6));

    [Fact]
    public void Lint_ReportsSizeAndLine_WhenATemplateNeedsThreeParts()
    {
        var report = LintSms($$"""
            templates:
              reminder:
                fr: "{{LongFrench}}"
                bm: "Kalan bɛ daminɛ"
            """);

        report.Of(MenuRules.SmsLength).Should().Equal(
            $"sms.yaml:3 › reminder › fr: 3 SMS parts ({LongFrench.Length} septets in GSM-7), over the 2 parts of 306 septets");
        report.Passed.Should().BeFalse();
    }

    [Fact]
    public void Lint_AcceptsATemplate_WhenItFitsTwoPartsWithoutItsVariables()
    {
        var report = LintSms("""
            templates:
              registered:
                fr: "Merci {full_name}! Votre inscription au programme RENAPESS est enregistrée."
                bm: "I ni ce {full_name}! I tɔgɔ sɛbɛnna."
            """);

        report.Problems.Should().BeEmpty();
        SmsTemplateLinter.TooLong(LongFrench[..306], transliterate: false).Should().BeNull();
        SmsTemplateLinter.TooLong(LongFrench[..307], transliterate: false).Should().NotBeNull();
    }

    [Fact]
    public void Lint_PointsAtTheUcs2CharacterAndSuggestsTransliteration_WhenAUcs2TemplateIsTooLong()
    {
        var bm = string.Join(' ', Enumerable.Repeat("Kalan bɛ daminɛ ntɛnɛn na.", 6));

        var report = LintSms($$"""
            templates:
              reminder:
                fr: "Formation lundi."
                bm: "{{bm}}"
            """);

        report.Of(MenuRules.SmsLength).Should().Equal(
            $"sms.yaml:4 › reminder › bm: 3 SMS parts ({bm.Length} characters in UCS-2), over the 2 parts of 134 characters "
            + $"('ɛ' at column {bm.IndexOf('ɛ', StringComparison.Ordinal) + 1} forces UCS-2; with 'transliterate: true' it would take 2)");
    }

    [Fact]
    public void Lint_MeasuresTheGsm7Spelling_WhenTheFileTransliterates()
    {
        var bm = string.Join(' ', Enumerable.Repeat("Kalan bɛ daminɛ ntɛnɛn na.", 6));

        var report = LintSms($$"""
            transliterate: true
            templates:
              reminder:
                fr: "Formation lundi."
                bm: "{{bm}}"
            """);

        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Lint_ReportsTranslationsFieldsAndReviews_WhenSmsYamlHasThem()
    {
        var report = LintSms("""
            languages: [fr, bm]
            review: { bm: pending }
            colour: blue
            templates:
              welcome:
                fr: "Bienvenue"
                bm: "I ni ce"
              goodbye:
                fr: "Au revoir"
            """);

        report.All().Should().Equal(
            "warning review-pending: sms.yaml:2 › review: 1 Bamanankan (bm) text still awaits a native speaker's review (review: { bm: pending })",
            "error schema: sms.yaml:3 › colour: unknown field; expected one of: transliterate, languages, review, keywords, templates",
            "error missing-translation: sms.yaml:9 › goodbye › bm: missing translation");
    }

    [Fact]
    public void Lint_ReportsTheLine_WhenSmsYamlIsNotYaml()
    {
        LintSms("templates:\n  a: [x\n").Of(MenuRules.Yaml).Should().ContainSingle().Which.Should().StartWith("sms.yaml:3 › yaml:");
    }

    [Fact]
    public void Lint_ReportsUnknownCommandsAndWordsOfTwoCommands_WithTheirLines()
    {
        var report = LintSms("""
            languages: [fr, bm]
            keywords:
              sales:
                fr: [VENTE, V]
              refund:
                fr: [REMBOURSER]
              correct:
                fr: [CORRIGER, vente]
                en: [FIX]
            templates:
              help: { fr: "Aide", bm: "Dɛmɛ" }
            """);

        report.Of(MenuRules.SmsKeyword).Should().Equal(
            "sms.yaml:5 › keywords › refund › keywords: unknown command 'refund'; expected one of: help, stop, start, sales, correct, register, balance",
            "sms.yaml:8 › keywords › correct › fr: 'vente' is already a word of sales (line 4): a word names one command",
            "sms.yaml:9 › keywords › correct › en: 'en' is neither one of the file's languages (fr, bm) nor 'exact'");
        report.Passed.Should().BeFalse();
    }

    [Fact]
    public void Lint_ReportsWordsOfTwoCommandsOneSlipApart()
    {
        var report = LintSms("""
            keywords:
              sales: { fr: [VENTE] }
              correct: { fr: [VENTA] }
            templates:
              help: { fr: "Aide" }
            """);

        report.Of(MenuRules.SmsKeyword).Should().ContainSingle()
            .Which.Should().Be("sms.yaml:3 › keywords › correct › keywords: 'VENTA' and 'VENTE' (sales, line 2) differ by one typing slip: a slip of one would read as the other");
    }

    [Fact]
    public void Lint_AcceptsTheShippedKeywordTable()
    {
        var report = LintSms(File.ReadAllText(Path.Combine(UssdGateway.Testing.RepositoryRoot.Menus, "sms.yaml")));

        report.Problems.Where(p => !p.IsWarning).Should().BeEmpty();
    }
}
