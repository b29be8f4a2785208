using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Text;
using UssdGateway.Testing;

namespace UssdGateway.Core.Tests.Notices;

/// <summary>
/// Every notice template of <c>menus/sms.yaml</c>, filled with long but real values (a long name and place, a seven-digit
/// amount, the longest French day and month), goes in two SMS parts or fewer in French and in Bambara, as sent (GSM-7 spelling).
/// </summary>
public sealed class NoticeTemplateSizeTests
{
    private static readonly SmsTemplates Templates = SmsTemplates.Load(Path.Combine(RepositoryRoot.Menus, "sms.yaml"));

    public static TheoryData<NoticeKind, string> KindsAndLanguages()
    {
        var data = new TheoryData<NoticeKind, string>();
        foreach (var kind in NoticeKinds.All)
            foreach (var language in new[] { "fr", "bm" })
                data.Add(kind, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void NoticeTemplate_FitsTwoSmsParts_WithLongValues(NoticeKind kind, string language)
    {
        var text = Templates.Render(NoticeKinds.Template(kind), language, new Dictionary<string, string>
        {
            ["name"] = "Fatoumata Binta Diallo-Coulibaly",
            ["cooperative"] = "Coopérative des jeunes maraîchers de Sébénikoro",
            ["session"] = "Cohorte Commune IV - Assainissement",
            ["place"] = "Maison des jeunes de Lafiabougou",
            ["date"] = NoticeDates.DayAndTime(new DateTimeOffset(2026, 9, 30, 14, 30, 0, TimeSpan.Zero), language), // mercredi 30 sept. 14h30
            ["amount"] = Xof.Format(1_250_000),
            ["reference"] = "PR-2026-00123",
            ["month"] = NoticeDates.Month(new SalesMonth(2026, 9), language),
        });

        text.Should().NotContain("{", "every variable is filled");
        var measure = SmsSegments.Measure(text);
        measure.Segments.Should().BeLessThanOrEqualTo(2, $"'{text}' is {measure.Segments} parts ({(measure.IsGsm7 ? "GSM-7" : "UCS-2")})");
        measure.IsGsm7.Should().BeTrue("sms.yaml asks for the GSM-7 spelling");
    }

    [Theory]
    [InlineData("fr", "lundi 7 déc. 08h30")]
    [InlineData("bm", "ntɛnɛ 7/12 08h30")]
    public void Dates_ReadAsInBamako(string language, string expected) =>
        NoticeDates.DayAndTime(new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero), language).Should().Be(expected);

    [Fact]
    public void Amounts_ReadWithSpacesAndFcfa() => Xof.Format(150_000).Should().Be("150 000 FCFA");
}
