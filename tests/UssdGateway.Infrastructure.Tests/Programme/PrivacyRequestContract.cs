using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Records;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the deletion / consent-withdrawal requests must do in every dialect.</summary>
public abstract class PrivacyRequestContract : ProgrammeContractBase
{
    protected IDeletionRequests Requests => new PrivacyRequestRepository(Connections, Time);

    [Fact]
    public virtual async Task RequestAsync_RecordsAPendingRequest_WhenNoneIsPending()
    {
        var (beneficiary, phone) = await Make.BeneficiaryAsync();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);

        var result = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller);

        result.Created.Should().BeTrue();
        result.Request.Should().Be(new PrivacyRequest(result.Request.Id, PrivacyRequestKind.Deletion, phone, beneficiary, ActorChannel.Ussd,
            PrivacyRequestStatus.Pending, Now, null, null, true));
        (await Requests.GetByPhoneAsync(phone)).Should().Equal(result.Request);
    }

    [Fact]
    public virtual async Task RequestAsync_ReturnsThePendingRequest_WhenTheSamePersonAsksAgain()
    {
        var (beneficiary, phone) = await Make.BeneficiaryAsync();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);
        var first = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller);
        var wholeNumber = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller);

        (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, caller)).Should().Be(new PrivacyRequestResult(false, first.Request));
        (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller)).Should().Be(new PrivacyRequestResult(false, wholeNumber.Request));
        (await Requests.RequestAsync(PrivacyRequestKind.ConsentWithdrawal, phone, beneficiary, caller)).Created.Should().BeTrue();
        (await Requests.GetByPhoneAsync(phone)).Should().HaveCount(3);
    }

    [Fact]
    public virtual async Task RequestAsync_WritesOneRow_WhenTenIdenticalRequestsArriveAtOnce()
    {
        var phone = Registrations.NewPhone();
        var requests = Requests;
        var caller = ProgrammeActor.Sms(phone, isTest: true);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller))));

        results.Count(r => r.Created).Should().Be(1);
        results.Select(r => r.Request.Id).Distinct().Should().ContainSingle();
    }

    [Fact]
    public virtual async Task EraseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt()
    {
        var phone = Registrations.NewPhone();
        var caller = ProgrammeActor.Ussd(phone, isTest: true);
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller)).Request;
        Time.Advance(TimeSpan.FromDays(2));

        (await Requests.EraseAsync(request.Id, Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.Handled);
        (await Requests.RefuseAsync(request.Id, "trop tard", Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.NotPending);
        (await Requests.EraseAsync(request.Id, Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.NotPending);

        (await Requests.GetPendingAsync(1000)).Should().NotContain(r => r.Id == request.Id);
        var again = await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, null, caller);
        again.Created.Should().BeTrue();
        (await Requests.GetByPhoneAsync(phone)).Select(r => r.Id).Should().Equal(again.Request.Id);
        (await Requests.GetAsync(request.Id)).Should().BeEquivalentTo(new
        {
            Status = PrivacyRequestStatus.Done, HandledAt = (DateTimeOffset?)Now.AddDays(2), HandledBy = Staff.Id,
            Phone = PrivacyErasure.NumberPlaceholder(request.Id),
        });
        (await Requests.GetPendingAsync(1000)).Should().Contain(r => r.Id == again.Request.Id);
    }

    [Fact]
    public virtual async Task EraseAsync_RemovesNameNumberAndMessages_AndKeepsAnonymousFigures_WhenADeletionIsDone()
    {
        var name = ProgrammeFixtures.Unique("Awa");
        var (beneficiary, phone) = await Make.BeneficiaryAsync(name, birthYear: 2004, commune: "IV", sector: "food", gender: "F", region: "Ségou");
        var soon = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(3));
        (await Make.Training.BookAsync(soon, beneficiary, Staff)).Outcome.Should().Be(BookingOutcome.Booked);
        var outbox = new SmsOutbox(Connections, Time, new SmsOutboxSignal());
        var queued = await outbox.EnqueueAsync(new OutgoingSms(phone, "Rappel : formation demain, " + name, "test:" + Guid.NewGuid(), IsTest: true));
        await new SmsInbox(Connections).StoreAsync(new InboundSms("fake", Guid.NewGuid().ToString("N"), phone, phone, "38123", "INSCRIPTION " + name, null, null, Now));
        await new CallerPreferencesRepository(Connections, Time).SetLanguageAsync(phone, "bm");
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, ProgrammeActor.Ussd(phone, isTest: true))).Request;

        var decision = await Requests.EraseAsync(request.Id, Staff);

        decision.Should().Be(new PrivacyDecision(PrivacyDecisionOutcome.Handled, 0, 1, phone));
        var records = new ProgrammeRecords(Connections, Make.Loans);
        (await Make.Beneficiaries.FindByPhoneAsync(phone)).Should().BeEmpty();
        (await records.SearchBeneficiariesAsync(name, new RecordsPage(1, 50))).Items.Should().BeEmpty();
        (await records.SearchBeneficiariesAsync(phone[^7..], new RecordsPage(1, 50))).Items.Should().BeEmpty();
        var erased = (await records.GetBeneficiaryAsync(beneficiary))!;
        erased.Should().BeEquivalentTo(new
        {
            FullName = PrivacyErasure.NameMarker, Phone = PrivacyErasure.BeneficiaryPlaceholder(beneficiary),
            Gender = "F", Commune = "IV", Sector = "food", RegionOfOrigin = "Ségou",
        });
        var today = BamakoTime.Today(Time);
        AgeBands.Of(erased.BirthYear, today).Should().Be(AgeBands.Of(2004, today));
        await using var connection = await Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<string>("SELECT status FROM training_bookings WHERE session_id = @Session AND beneficiary_id = @Id",
            new { Session = soon, Id = beneficiary })).Should().Be("cancelled");
        var sms = await connection.QuerySingleAsync<(string Status, string? FailureReason, string Recipient, string Text)>(
            "SELECT status, failure_reason, recipient_e164, text FROM sms_outbox WHERE id = @Id", new { Id = queued });
        sms.Should().Be(("failed", PrivacyErasure.OutboxReason, PrivacyErasure.NumberPlaceholder(request.Id), PrivacyErasure.TextMarker));
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sms_inbox WHERE from_e164 = @Phone OR from_raw = @Phone OR text LIKE @Name",
            new { Phone = phone, Name = "%" + name + "%" })).Should().Be(0);
        (await new CallerPreferencesRepository(Connections, Time).GetLanguageAsync(phone)).Should().BeNull();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_trail WHERE actor = @Phone", new { Phone = phone })).Should().Be(0);
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_trail WHERE action = 'privacy.done' AND entity_id = @Id",
            new { Id = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Should().Be(1);
    }

    [Fact]
    public virtual async Task EraseAsync_RefusesWithTheBalance_WhenALoanIsNotRepaid()
    {
        var name = ProgrammeFixtures.Unique("Fanta");
        var (beneficiary, phone) = await Make.BeneficiaryAsync(name);
        await Make.LoanAsync(beneficiary, null, new DateOnly(2026, 10, 1), instalments: 3, instalmentXof: 50_000);
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, ProgrammeActor.Ussd(phone, isTest: true))).Request;

        var decision = await Requests.EraseAsync(request.Id, Staff);

        decision.Should().Be(new PrivacyDecision(PrivacyDecisionOutcome.OutstandingLoan, 150_000));
        (await Requests.GetSubjectAsync(request.Id))!.Should().BeEquivalentTo(new
        {
            HasOutstandingLoan = true, OutstandingXof = 150_000L, People = new[] { new PrivacySubjectPerson(beneficiary, name) },
        });
        (await Requests.GetAsync(request.Id))!.Status.Should().Be(PrivacyRequestStatus.Pending);
        (await Make.Beneficiaries.FindByPhoneAsync(phone)).Select(b => b.FullName).Should().Equal(name);
    }

    [Fact]
    public virtual async Task EraseAsync_KeepsTheNumberForTheOthers_WhenOneHouseholdMemberIsErased()
    {
        var (awa, phone) = await Make.BeneficiaryAsync(ProgrammeFixtures.Unique("Awa"));
        var bakary = (await Make.Beneficiaries.RegisterAsync(Registrations.For(phone, ProgrammeFixtures.Unique("Bakary")) with { IsTest = true })).BeneficiaryId;
        var queued = await new SmsOutbox(Connections, Time, new SmsOutboxSignal()).EnqueueAsync(new OutgoingSms(phone, "Bonjour", "test:" + Guid.NewGuid(), IsTest: true));
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, awa, ProgrammeActor.Ussd(phone, isTest: true))).Request;

        var decision = await Requests.EraseAsync(request.Id, Staff);

        decision.Should().Be(new PrivacyDecision(PrivacyDecisionOutcome.Handled, 0, 1, null));
        (await Make.Beneficiaries.FindByPhoneAsync(phone)).Select(b => b.Id).Should().Equal(bakary);
        await using var connection = await Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<string>("SELECT status FROM sms_outbox WHERE id = @Id", new { Id = queued })).Should().Be("queued");
    }

    [Fact]
    public virtual async Task EraseAsync_ErasesEveryoneOnTheNumber_WhenAConsentWithdrawalForTheWholeNumberIsDone()
    {
        var (_, phone) = await Make.BeneficiaryAsync(ProgrammeFixtures.Unique("Awa"));
        await Make.Beneficiaries.RegisterAsync(Registrations.For(phone, ProgrammeFixtures.Unique("Bakary")) with { IsTest = true });
        var request = (await Requests.RequestAsync(PrivacyRequestKind.ConsentWithdrawal, phone, null, ProgrammeActor.Sms(phone, isTest: true))).Request;

        var decision = await Requests.EraseAsync(request.Id, Staff);

        decision.Should().Be(new PrivacyDecision(PrivacyDecisionOutcome.Handled, 0, 2, phone));
        (await Make.Beneficiaries.FindByPhoneAsync(phone)).Should().BeEmpty();
        (await Requests.GetHandledAsync(1000)).Should().Contain(r => r.Id == request.Id && r.Status == PrivacyRequestStatus.Done);
    }

    [Fact]
    public virtual async Task RefuseAsync_KeepsTheReason_AndNeedsOne()
    {
        var (beneficiary, phone) = await Make.BeneficiaryAsync(ProgrammeFixtures.Unique("Awa"));
        var request = (await Requests.RequestAsync(PrivacyRequestKind.Deletion, phone, beneficiary, ProgrammeActor.Ussd(phone, isTest: true))).Request;

        (await Requests.RefuseAsync(request.Id, "  ", Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.ReasonRequired);
        (await Requests.RefuseAsync(request.Id, " Prêt en cours ", Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.Handled);

        (await Requests.GetAsync(request.Id)).Should().BeEquivalentTo(new { Status = PrivacyRequestStatus.Refused, RefusalReason = "Prêt en cours", Phone = phone });
        (await Requests.GetHandledAsync(1000)).Should().Contain(r => r.Id == request.Id);
        (await Make.Beneficiaries.FindByPhoneAsync(phone)).Should().ContainSingle();
        (await Requests.EraseAsync(request.Id, Staff)).Outcome.Should().Be(PrivacyDecisionOutcome.NotPending);
    }
}
