using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Programme;

/// <summary>The programme screens' actions alone: what they check before writing, and what they declare.</summary>
public sealed class ProgrammeScreenActionTests
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

    private readonly FakeBeneficiaryRepository _beneficiaries = new();
    private readonly FakeTrainingRepository _training = new();
    private readonly FakeCooperativeRepository _cooperatives = new();
    private readonly FakeSmsOutbox _sms = new();

    private static ActionContext Context(Dictionary<string, string>? vars = null, string language = "fr") =>
        new(new UssdSession { Phone = Phone, SessionId = "s1", Language = language, Vars = vars ?? [], IsTest = true }, Menu, Now);

    [Theory]
    [InlineData("fr", "lun 7/12 08h30 Lafiabougou (3)")]
    [InlineData("bm", "ntɛnɛ 7/12 08h30 Lafiabougou (3)")]
    public void SlotLabels_AreShort_WithDayDateTimePlaceAndFreePlaces(string language, string expected)
    {
        var slot = _training.AddSlot(new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero), "Lafiabougou", 5, 2);

        SlotLabels.Format(slot, language, withFreePlaces: true).Should().Be(expected);
        SlotLabels.Format(slot with { Place = "Centre de formation professionnelle de Sogoniko" }, "fr", false)
            .Should().Be("lun 7/12 08h30 Centre de formation");
    }

    [Fact]
    public async Task BookTraining_IsNotRegistered_WithoutWriting_WhenNobodyIsRegisteredOnTheNumber()
    {
        _training.AddSlot(Now.AddDays(3), "Lafiabougou", 5);

        var result = await new BookTrainingAction(_beneficiaries, _training, _sms.Confirmations).RunAsync(Context(new() { ["slot"] = "1" }), default);

        result.Outcome.Should().Be(BookTrainingAction.NotRegistered);
        _training.Bookings.Should().BeEmpty();
    }

    [Fact]
    public async Task BookTraining_Fails_WhenNoSlotWasChosen()
    {
        _beneficiaries.Add(Phone, "Awa Traoré");

        (await new BookTrainingAction(_beneficiaries, _training, _sms.Confirmations).RunAsync(Context(), default)).Should().Be(ActionResult.Failure);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1000000001")]
    [InlineData("cent mille")]
    [InlineData("")]
    public async Task ReportSales_RefusesABadAmount_WithoutCallingTheRepository(string amount)
    {
        _cooperatives.Add("Savon Djiguiya", Phone);
        var vars = new Dictionary<string, string> { ["cooperative"] = "1", ["sales_month"] = "current", ["sales_amount"] = amount };

        var result = await new ReportSalesAction(_cooperatives, _sms.Confirmations).RunAsync(Context(vars), default);

        result.Outcome.Should().Be(ReportSalesAction.Invalid);
        _cooperatives.ReportCalls.Should().Be(0);
        (await new SalesAmountAction().RunAsync(Context(vars), default)).Outcome.Should().Be(SalesAmountAction.Invalid);
    }

    [Fact]
    public async Task ReportSales_IsNotLeader_WithoutCallingTheRepository_ForACooperativeTheNumberDoesNotLead()
    {
        _cooperatives.Add("Savon Djiguiya", "+22370000002");
        var vars = new Dictionary<string, string> { ["cooperative"] = "1", ["sales_month"] = "previous", ["sales_amount"] = "5000" };

        (await new ReportSalesAction(_cooperatives, _sms.Confirmations).RunAsync(Context(vars), default)).Outcome.Should().Be(ReportSalesAction.NotLeader);
        (await new SalesMonthAction(_cooperatives).RunAsync(Context(vars), default)).Outcome.Should().Be(SalesMonthAction.NotLeader);
        _cooperatives.ReportCalls.Should().Be(0);
    }

    [Fact]
    public async Task ReportSales_Fails_WhenTheMonthIsNeitherCurrentNorPrevious()
    {
        _cooperatives.Add("Savon Djiguiya", Phone);
        var vars = new Dictionary<string, string> { ["cooperative"] = "1", ["sales_month"] = "2027-01", ["sales_amount"] = "5000" };

        (await new ReportSalesAction(_cooperatives, _sms.Confirmations).RunAsync(Context(vars), default)).Should().Be(ActionResult.Failure);
        _cooperatives.ReportCalls.Should().Be(0);
    }

    [Fact]
    public async Task SetPin_WipesBothAnswersFromTheSession_WhetherOrNotTheyMatch()
    {
        var youth = _beneficiaries.Add(Phone, "Awa Traoré");
        var pins = new FakePinRepository(Now);
        var action = new SetPinAction(_beneficiaries, pins, new FakeLoanRepository(new DateOnly(2026, 11, 29)));

        var mismatch = await action.RunAsync(Context(new() { ["pin_new"] = "1234", ["pin_repeat"] = "1243" }), default);
        var set = await action.RunAsync(Context(new() { ["pin_new"] = "1234", ["pin_repeat"] = "1234" }), default);

        mismatch.Outcome.Should().Be(SetPinAction.Mismatch);
        set.Outcome.Should().Be("no_loan");
        foreach (var result in new[] { mismatch, set })
            result.Vars.Should().Contain(new Dictionary<string, string> { ["pin_new"] = "", ["pin_repeat"] = "" });
        pins.Pins.Should().Equal(new Dictionary<long, string> { [youth.Id] = "1234" });
    }

    [Fact]
    public async Task IdentifyLeader_SetsLeaderFalse_ForANumberLeadingNothing()
    {
        var result = await new IdentifyLeaderAction(_cooperatives).RunAsync(Context(), default);

        result.Should().BeEquivalentTo(new ActionResult(IdentifyLeaderAction.NotLeader, new Dictionary<string, string> { ["leader"] = "false" }));
    }

    [Fact]
    public async Task RequestDeletion_AsksForTheWholeNumber_WhenNobodyIsRegisteredOnIt()
    {
        var requests = new FakeDeletionRequests();

        var result = await new RequestDeletionAction(_beneficiaries, requests).RunAsync(Context(), default);

        result.Outcome.Should().Be("success");
        requests.Requests.Should().ContainSingle().Which.BeneficiaryId.Should().BeNull();
    }

    [Fact]
    public void ActionsAndLists_DeclareTheVariablesTheMenuUses()
    {
        var pins = new FakePinRepository(Now);
        var loans = new FakeLoanRepository(new DateOnly(2026, 11, 29));
        new IDeclaresVariables[]
        {
            new AccountStatusAction(_beneficiaries, _training), new BookTrainingAction(_beneficiaries, _training, _sms.Confirmations),
            new VerifyPinAction(_beneficiaries, pins, loans), new SetPinAction(_beneficiaries, pins, loans),
            new IdentifyLeaderAction(_cooperatives), new SalesMonthAction(_cooperatives), new ReportSalesAction(_cooperatives, _sms.Confirmations),
            new TrainingSlotsListSource(_training),
        }.SelectMany(a => a.SetsVariables).Should().Contain(
            ["account_name", "next_session", "next_session_id", "session_label", "loan_balance", "loan_next", "loan_next_date",
             "pin_attempts", "leader", "cooperative_label", "sales_month_label", "sales_current", "sales_amount_text"]);
    }
}
