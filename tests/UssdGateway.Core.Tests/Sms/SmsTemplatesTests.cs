using UssdGateway.Core.Sms;
using UssdGateway.Testing;

namespace UssdGateway.Core.Tests.Sms;

public sealed class SmsTemplatesTests
{
    private const string Yaml = """
        transliterate: true
        languages: [fr, bm]
        templates:
          hello:
            fr: "Bonjour {name}!"
            bm: "I ni ce {name}, i ka kɛnɛ wa?"
        """;

    [Theory]
    [InlineData("fr", "Bonjour Awa!")]
    [InlineData("bm", "I ni ce Awa, i ka kènè wa?")]
    [InlineData("en", "Bonjour Awa!")]
    [InlineData(null, "Bonjour Awa!")]
    public void Render_FillsTheLanguageText_InItsGsmSpelling(string? language, string expected) =>
        SmsTemplates.Parse(Yaml).Render("hello", language, new Dictionary<string, string> { ["name"] = "Awa" }).Should().Be(expected);

    [Fact]
    public void ShippedFile_HasEveryTextTheHandlerTheConfirmationsAndTheNoticesSend()
    {
        var templates = SmsTemplates.Load(Path.Combine(RepositoryRoot.Menus, "sms.yaml"));

        templates.Keys.Should().BeEquivalentTo([
            "help", "stopped", "started", "sales_usage", "correct_usage", "sales_not_leader", "sales_choose", "sales_month_refused",
            "sales_recorded", "sales_corrected", "sales_unchanged",
            "register_usage", "register_done", "register_already", "register_number_full",
            "balance_usage", "balance_not_registered", "balance_shared_phone", "balance_pin_not_set", "balance_wrong_pin", "balance_locked",
            "balance", "balance_overdue", "balance_repaid", "balance_no_loan", .. ConfirmationSms.Templates,
            .. UssdGateway.Core.Notices.NoticeKinds.All.Select(UssdGateway.Core.Notices.NoticeKinds.Template),
        ]);
    }

    [Fact]
    public void Parse_RefusesAKeywordTable_WithAWordOfTwoCommands_NamingTheLine()
    {
        const string yaml = """
            languages: [fr, bm]
            keywords:
              stop: { fr: [STOP] }
              start: { fr: [START, stop] }
            templates:
              help: { fr: "Aide", bm: "Dɛmɛ" }
            """;

        var parse = () => SmsTemplates.Parse(yaml);

        parse.Should().Throw<FormatException>()
            .WithMessage("sms.yaml:4 › keywords › start: 'stop' is already a word of stop (line 3): a word names one command (run 'ussdgw menus lint').");
    }

    [Fact]
    public void Parse_ReadsTheKeywordTable_WithTheLanguageOfEachWord()
    {
        const string yaml = """
            languages: [fr, bm]
            keywords:
              sales: { fr: [VENTE, V], bm: [FEERE] }
              stop: { fr: [STOP], exact: [QUIT] }
            templates:
              help: { fr: "Aide", bm: "Dɛmɛ" }
            """;

        SmsTemplates.Parse(yaml).Keywords.Words.Select(w => (w.Word, w.Kind, w.Language, w.Slips)).Should().Equal(
            ("VENTE", SmsCommandKind.Sales, "fr", true),
            ("V", SmsCommandKind.Sales, "fr", false),
            ("FEERE", SmsCommandKind.Sales, "bm", true),
            ("STOP", SmsCommandKind.Stop, "fr", true),
            ("QUIT", SmsCommandKind.Stop, null, false));
    }
}
