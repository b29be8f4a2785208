using Microsoft.Extensions.Logging.Abstractions;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Sms;
using UssdGateway.Core.Tests.Support;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Sms;

/// <summary>The confirmation SMS the USSD actions queue: essential, in the caller's language, once per key, flagged when a test.</summary>
public sealed class ConfirmationSmsTests
{
    private const string Phone = "+22376123456";

    private static readonly MenuDefinition Menu = TestMenus.Parse("""
        menu: renapess
        service_codes: ["*384*123#"]
        languages: [fr, bm]
        start: bye
        screens:
          bye:
            type: end
            text: { fr: Merci, bm: I ni ce }
        """);

    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeBeneficiaryRepository _beneficiaries = new();
    private readonly FakeTrainingRepository _training = new();
    private readonly FakeCooperativeRepository _cooperatives = new();
    private readonly FakeSmsOutbox _sms = new();

    private static ActionContext Context(Dictionary<string, string> vars, string language = "fr", bool isTest = false) =>
        new(new UssdSession { Phone = Phone, SessionId = "s1", Language = language, Vars = vars, IsTest = isTest }, Menu, Now);

    private static Dictionary<string, string> Registration() => new()
    {
        ["consent"] = "yes", ["full_name"] = "Awa Traoré", ["gender"] = "F", ["birth_year"] = "2004",
        ["commune"] = "III", ["region"] = "Ségou", ["sector"] = "food",
    };

    [Theory]
    [InlineData("fr", false, "Awa Traoré, votre inscription est enregistrée (réf. 1)")]
    [InlineData("bm", true, "Awa Traoré, i tògò sèbènna (nimòrò 1)")]
    public async Task Registration_QueuesOneEssentialConfirmation_InTheCallersLanguage_EvenWhenTheHopIsRetried(string language, bool isTest, string expected)
    {
        var action = new RegisterBeneficiaryAction(_beneficiaries, _sms.Confirmations);

        (await action.RunAsync(Context(Registration(), language, isTest), default)).Outcome.Should().Be("success");
        (await action.RunAsync(Context(Registration(), language, isTest), default)).Outcome.Should().Be(RegisterBeneficiaryAction.AlreadyRegistered);

        var sms = _sms.Messages.Should().ContainSingle().Subject;
        sms.Should().BeEquivalentTo(new { RecipientE164 = Phone, IdempotencyKey = "confirm:registration:1", IsTest = isTest, Kind = SmsKind.Essential });
        sms.Text.Should().Contain(expected);
    }

    [Fact]
    public async Task Booking_QueuesAConfirmationWithTheSession_KeyedByTheBooking_AndNoneWhenAlreadyBooked()
    {
        _beneficiaries.Add(Phone, "Awa Traoré");
        var slot = _training.AddSlot(new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero), "Lafiabougou", 5);
        var action = new BookTrainingAction(_beneficiaries, _training, _sms.Confirmations);
        var vars = new Dictionary<string, string> { ["slot"] = slot.SessionId.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        (await action.RunAsync(Context(vars), default)).Outcome.Should().Be("success");
        (await action.RunAsync(Context(vars), default)).Outcome.Should().Be(BookTrainingAction.AlreadyBooked);

        var sms = _sms.Messages.Should().ContainSingle().Subject;
        sms.IdempotencyKey.Should().StartWith("confirm:booking:");
        sms.Kind.Should().Be(SmsKind.Essential);
        sms.Text.Should().Contain("lun 7/12 08h30 Lafiabougou").And.Contain("Awa Traoré");
    }

    [Fact]
    public async Task SalesReport_QueuesAConfirmationReadingTheFigureBack_OnePerReportVersion()
    {
        _cooperatives.Add("Savon Djiguiya", Phone);
        var action = new ReportSalesAction(_cooperatives, _sms.Confirmations);
        Dictionary<string, string> Vars(string amount) => new() { ["cooperative"] = "1", ["sales_month"] = "current", ["sales_amount"] = amount };

        (await action.RunAsync(Context(Vars("150000")), default)).Outcome.Should().Be("success");
        (await action.RunAsync(Context(Vars("150000")), default)).Outcome.Should().Be("success"); // unchanged: no second SMS
        (await action.RunAsync(Context(Vars("175000")), default)).Outcome.Should().Be(ReportSalesAction.Corrected);

        _sms.Messages.Select(m => m.IdempotencyKey).Should().OnlyHaveUniqueItems().And.HaveCount(2).And.AllSatisfy(k => k.Should().StartWith("confirm:sales:"));
        _sms.Messages[0].Text.Should().Contain("Savon Djiguiya").And.Contain("11/2026").And.Contain(Xof.Format(150000));
        _sms.Messages[1].Text.Should().Contain(Xof.Format(175000));
    }

    [Fact]
    public async Task Registration_StillSucceeds_WhenTheConfirmationCannotBeQueued()
    {
        var confirmations = new ConfirmationSms(new BrokenOutbox(), SmsTemplates.Load(RepositoryPaths.MenuFile("sms.yaml")), NullLogger<ConfirmationSms>.Instance);

        var result = await new RegisterBeneficiaryAction(_beneficiaries, confirmations).RunAsync(Context(Registration()), default);

        result.Outcome.Should().Be("success");
        _beneficiaries.Rows.Should().ContainSingle();
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("bm")]
    public void ShippedConfirmationTexts_FitInTwoParts_WithLongValues(string language)
    {
        var templates = SmsTemplates.Load(RepositoryPaths.MenuFile("sms.yaml"));
        var values = new Dictionary<string, string>
        {
            ["name"] = new string('N', 40), ["beneficiary_id"] = "123456", ["session"] = "lun 7/12 08h30 Centre de formation",
            ["cooperative"] = new string('C', 40), ["month"] = "11/2026", ["amount"] = Xof.Format(1_000_000_000),
        };

        foreach (var key in ConfirmationSms.Templates)
            SmsSegments.Measure(templates.Render(key, language, values)).Segments.Should().BeLessThanOrEqualTo(2, key);
    }

    private sealed class BrokenOutbox : ISmsOutbox
    {
        public Task<long> EnqueueAsync(OutgoingSms message, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database away");

        public Task EnqueueManyAsync(IReadOnlyList<OutgoingSms> messages, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("database away");
    }
}
