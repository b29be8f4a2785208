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
    public void ShippedFile_HasEveryTextTheHandlerAndTheConfirmationsSend()
    {
        var templates = SmsTemplates.Load(Path.Combine(RepositoryRoot.Menus, "sms.yaml"));

        templates.Keys.Should().BeEquivalentTo([
            "help", "stopped", "started", "sales_usage", "correct_usage", "sales_not_leader", "sales_choose", "sales_month_refused",
            "sales_recorded", "sales_corrected", "sales_unchanged",
            "register_usage", "register_done", "register_already", "register_number_full",
            "balance_usage", "balance_not_registered", "balance_shared_phone", "balance_pin_not_set", "balance_wrong_pin", "balance_locked",
            "balance", "balance_overdue", "balance_repaid", "balance_no_loan", .. ConfirmationSms.Templates,
        ]);
    }
}
