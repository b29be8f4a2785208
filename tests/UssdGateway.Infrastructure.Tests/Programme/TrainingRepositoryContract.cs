using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the training repository must do in every dialect (SQLite always, SQL Server when configured).</summary>
public abstract class TrainingRepositoryContract : ProgrammeContractBase
{
    private static readonly ProgrammeActor Caller = ProgrammeActor.Ussd("+22376000000", isTest: true);

    protected ITrainingRepository Training => new TrainingRepository(Connections, Time);

    [Fact]
    public virtual async Task GetSlotAsync_ReturnsEveryField_WhenSessionWasAdded()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var cohortName = ProgrammeFixtures.Unique("Cohorte Banconi");
        var cohortId = await Make.CohortAsync(commune, name: cohortName);
        var startsAt = Now.AddDays(3).AddHours(0.5);

        var sessionId = await Training.AddSessionAsync(new NewTrainingSession(cohortId, startsAt, "Djélibougou", "bm", 25, "M. Bakary Keïta", IsTest: true), Staff);

        (await Training.GetSlotAsync(sessionId)).Should().Be(new TrainingSlot(
            sessionId, cohortId, cohortName, commune, "food", startsAt, "Djélibougou", "bm", "M. Bakary Keïta", 25, 0, TrainingSessionStatus.Scheduled));
        (await Training.GetCohortAsync(cohortId)).Should().Be(new TrainingCohort(
            cohortId, cohortName, commune, "food", new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31), true));
    }

    [Fact]
    public virtual async Task GetUpcomingSlotsAsync_ListsOpenSessionsWithFreePlacesSoonestFirst_WhenSomeArePastFullOrCancelled()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var cohort = await Make.CohortAsync(commune);
        var later = await Make.SessionAsync(cohort, Now.AddDays(9));
        var sooner = await Make.SessionAsync(cohort, Now.AddDays(2), capacity: 5);
        await Make.SessionAsync(cohort, Now.AddHours(-1)); // started
        var cancelled = await Make.SessionAsync(cohort, Now.AddDays(4));
        await Training.CancelSessionAsync(cancelled, Staff);
        var full = await Make.SessionAsync(cohort, Now.AddDays(5), capacity: 1);
        await Training.BookAsync(full, (await Make.BeneficiaryAsync()).Id, Caller);
        await Training.BookAsync(sooner, (await Make.BeneficiaryAsync()).Id, Caller);

        var page = await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, IncludeTest: true));

        page.Items.Select(s => s.SessionId).Should().Equal(sooner, later);
        page.Items[0].Booked.Should().Be(1);
        page.Items[0].FreePlaces.Should().Be(4);
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public virtual async Task GetUpcomingSlotsAsync_PagesWithHasMore_WhenMoreSessionsThanAPage()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var cohort = await Make.CohortAsync(commune);
        var ids = new List<long>();
        for (var day = 1; day <= 5; day++) ids.Add(await Make.SessionAsync(cohort, Now.AddDays(day)));

        var first = await Training.GetUpcomingSlotsAsync(new SlotQuery(Skip: 0, Take: 2, Commune: commune, IncludeTest: true));
        var second = await Training.GetUpcomingSlotsAsync(new SlotQuery(Skip: 2, Take: 2, Commune: commune, IncludeTest: true));
        var last = await Training.GetUpcomingSlotsAsync(new SlotQuery(Skip: 4, Take: 2, Commune: commune, IncludeTest: true));

        first.Items.Select(s => s.SessionId).Should().Equal(ids[0], ids[1]);
        first.HasMore.Should().BeTrue();
        second.Items.Select(s => s.SessionId).Should().Equal(ids[2], ids[3]);
        second.HasMore.Should().BeTrue();
        last.Items.Select(s => s.SessionId).Should().Equal(ids[4]);
        last.HasMore.Should().BeFalse();
    }

    [Fact]
    public virtual async Task GetUpcomingSlotsAsync_FiltersByLanguageAndLeavesOutTestSessions_WhenAsked()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var cohort = await Make.CohortAsync(commune, isTest: false);
        var french = await Make.SessionAsync(cohort, Now.AddDays(1), language: "fr", isTest: false);
        var bambara = await Make.SessionAsync(cohort, Now.AddDays(2), language: "bm", isTest: false);
        var test = await Make.SessionAsync(cohort, Now.AddDays(3), language: "bm", isTest: true);

        (await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune))).Items.Select(s => s.SessionId).Should().Equal(french, bambara);
        (await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, IncludeTest: true))).Items.Select(s => s.SessionId).Should().Equal(french, bambara, test);
        (await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, Language: "bm", IncludeTest: true))).Items.Select(s => s.SessionId).Should().Equal(bambara, test);
    }

    [Fact]
    public virtual async Task GetUpcomingSlotsAsync_ShowsTheCallersFullSessionAsBooked_WhenBeneficiaryIsGiven()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var cohort = await Make.CohortAsync(commune);
        var full = await Make.SessionAsync(cohort, Now.AddDays(1), capacity: 1);
        var open = await Make.SessionAsync(cohort, Now.AddDays(2));
        var (me, _) = await Make.BeneficiaryAsync();
        await Training.BookAsync(full, me, Caller);

        var mine = await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, BeneficiaryId: me, IncludeTest: true));
        var someoneElse = await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, IncludeTest: true));

        mine.Items.Select(s => (s.SessionId, s.IsBookedByCaller)).Should().Equal((full, true), (open, false));
        someoneElse.Items.Select(s => s.SessionId).Should().Equal(open);
    }

    [Fact]
    public virtual async Task BookAsync_TakesAPlaceAndAuditsIt_WhenPlacesAreFree()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 3);
        var (beneficiary, _) = await Make.BeneficiaryAsync();

        var result = await Training.BookAsync(session, beneficiary, Caller);

        result.Outcome.Should().Be(BookingOutcome.Booked);
        result.BookingId.Should().BePositive();
        result.Slot!.Booked.Should().Be(1);
        result.Slot.FreePlaces.Should().Be(2);
        var booking = await Training.GetBookingAsync(session, beneficiary);
        booking.Should().NotBeNull();
        booking!.Id.Should().Be(result.BookingId);
        booking.Status.Should().Be(BookingStatus.Booked);
        booking.BookedAt.Should().Be(Now);
        booking.CancelledAt.Should().BeNull();
        var audit = await Audit.GetForAsync("training_booking", result.BookingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Should().ContainSingle().Which.Should().Match<AuditEntry>(a =>
            a.Action == "booking.created" && a.Actor == Caller.Id && a.Channel == ActorChannel.Ussd && a.IsTest && a.At == Now);
    }

    [Fact]
    public virtual async Task BookAsync_ReturnsAlreadyBookedWithTheSameBooking_WhenTheBeneficiaryBooksTwice()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1));
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var first = await Training.BookAsync(session, beneficiary, Caller);

        var second = await Training.BookAsync(session, beneficiary, Caller);

        second.Outcome.Should().Be(BookingOutcome.AlreadyBooked);
        second.BookingId.Should().Be(first.BookingId);
        second.Slot!.Booked.Should().Be(1);
    }

    [Fact]
    public virtual async Task BookAsync_ReturnsFull_WhenNoPlaceIsLeft()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 1);
        await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);

        var result = await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);

        result.Outcome.Should().Be(BookingOutcome.Full);
        result.BookingId.Should().Be(0);
        result.Slot!.FreePlaces.Should().Be(0);
    }

    [Fact]
    public virtual async Task BookAsync_ReturnsNotOpen_WhenSessionIsCancelledOrHasStarted()
    {
        var cohort = await Make.CohortAsync();
        var cancelled = await Make.SessionAsync(cohort, Now.AddDays(1));
        await Training.CancelSessionAsync(cancelled, Staff);
        var started = await Make.SessionAsync(cohort, Now.AddMinutes(-5));
        var (beneficiary, _) = await Make.BeneficiaryAsync();

        (await Training.BookAsync(cancelled, beneficiary, Caller)).Outcome.Should().Be(BookingOutcome.NotOpen);
        (await Training.BookAsync(started, beneficiary, Caller)).Outcome.Should().Be(BookingOutcome.NotOpen);
    }

    [Fact]
    public virtual async Task BookAsync_ReturnsNotFound_WhenSessionOrBeneficiaryIsUnknown()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1));
        var (beneficiary, _) = await Make.BeneficiaryAsync();

        (await Training.BookAsync(long.MaxValue, beneficiary, Caller)).Should().Be(new BookingResult(BookingOutcome.SessionNotFound, 0, null));
        (await Training.BookAsync(session, long.MaxValue, Caller)).Outcome.Should().Be(BookingOutcome.BeneficiaryNotFound);
    }

    [Fact]
    public virtual async Task BookAsync_BooksExactlyTheLastTenPlaces_WhenFiftyBeneficiariesBookAtOnce()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 12);
        foreach (var _ in Enumerable.Range(0, 2)) await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);
        var beneficiaries = new List<long>();
        for (var i = 0; i < 50; i++) beneficiaries.Add((await Make.BeneficiaryAsync()).Id);
        var training = Training;

        var results = await Task.WhenAll(beneficiaries.Select(b => Task.Run(() => training.BookAsync(session, b, Caller))));

        results.Count(r => r.Outcome == BookingOutcome.Booked).Should().Be(10);
        results.Count(r => r.Outcome == BookingOutcome.Full).Should().Be(40);
        (await training.GetSlotAsync(session))!.Booked.Should().Be(12);
    }

    [Fact]
    public virtual async Task BookAsync_KeepsOneActiveBooking_WhenOneBeneficiaryBooksTwentyTimesAtOnce()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1));
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var training = Training;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => training.BookAsync(session, beneficiary, Caller))));

        results.Count(r => r.Outcome == BookingOutcome.Booked).Should().Be(1);
        results.Should().OnlyContain(r => r.Outcome == BookingOutcome.Booked || r.Outcome == BookingOutcome.AlreadyBooked);
        results.Select(r => r.BookingId).Distinct().Should().ContainSingle();
        (await training.GetSlotAsync(session))!.Booked.Should().Be(1);
    }

    [Fact]
    public virtual async Task CancelAsync_FreesThePlaceAndAllowsANewBooking_WhenBooked()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 1);
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var first = await Training.BookAsync(session, beneficiary, Caller);

        (await Training.CancelAsync(session, beneficiary, Caller)).Should().Be(CancelBookingOutcome.Cancelled);

        (await Training.GetBookingAsync(session, beneficiary)).Should().BeNull();
        (await Training.GetSlotAsync(session))!.FreePlaces.Should().Be(1);
        var again = await Training.BookAsync(session, beneficiary, Caller);
        again.Outcome.Should().Be(BookingOutcome.Booked);
        again.BookingId.Should().NotBe(first.BookingId, "the cancelled booking is kept as history");
        (await Audit.GetForAsync("training_booking", first.BookingId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => a.Action).Should().Equal("booking.cancelled", "booking.created");
    }

    [Fact]
    public virtual async Task CancelAsync_ReturnsNotBookedOrAlreadyStarted_WhenThereIsNothingToCancel()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddHours(2));
        var (booked, _) = await Make.BeneficiaryAsync();
        var (other, _) = await Make.BeneficiaryAsync();
        await Training.BookAsync(session, booked, Caller);

        (await Training.CancelAsync(session, other, Caller)).Should().Be(CancelBookingOutcome.NotBooked);
        Time.Advance(TimeSpan.FromHours(3));
        (await Training.CancelAsync(session, booked, Caller)).Should().Be(CancelBookingOutcome.AlreadyStarted);
        (await Training.GetBookingAsync(session, booked)).Should().NotBeNull();
    }

    [Fact]
    public virtual async Task GetBookingsAsync_ReturnsActiveBookingsSoonestFirst_WhenSeveralAreHeld()
    {
        var cohort = await Make.CohortAsync();
        var past = await Make.SessionAsync(cohort, Now.AddHours(1));
        var later = await Make.SessionAsync(cohort, Now.AddDays(8));
        var next = await Make.SessionAsync(cohort, Now.AddDays(2));
        var cancelled = await Make.SessionAsync(cohort, Now.AddDays(3));
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        foreach (var session in new[] { past, later, next, cancelled }) await Training.BookAsync(session, beneficiary, Caller);
        await Training.CancelAsync(cancelled, beneficiary, Caller);
        Time.Advance(TimeSpan.FromHours(2)); // "past" has started

        (await Training.GetBookingsAsync(beneficiary)).Select(b => b.SessionId).Should().Equal(next, later);
        (await Training.GetBookingsAsync(beneficiary, upcomingOnly: false)).Select(b => b.SessionId).Should().Equal(past, next, later);
        (await Training.GetBookingsAsync(beneficiary)).Should().OnlyContain(b => b.Slot.IsBookedByCaller && b.BeneficiaryId == beneficiary);
    }

    [Fact]
    public virtual async Task MoveSessionAsync_KeepsBookingsAndMarksMoved_WhenSessionMoves()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1));
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        await Training.BookAsync(session, beneficiary, Caller);

        (await Training.MoveSessionAsync(session, Now.AddDays(4), "Korofina", Staff)).Should().BeTrue();

        var slot = await Training.GetSlotAsync(session);
        slot!.Status.Should().Be(TrainingSessionStatus.Moved);
        slot.StartsAt.Should().Be(Now.AddDays(4));
        slot.Place.Should().Be("Korofina");
        slot.Booked.Should().Be(1);
        (await Training.CancelSessionAsync(session, Staff)).Should().BeTrue();
        (await Training.CancelSessionAsync(session, Staff)).Should().BeFalse();
        (await Training.MoveSessionAsync(session, Now.AddDays(5), null, Staff)).Should().BeFalse();
        (await Training.GetSlotAsync(session))!.Status.Should().Be(TrainingSessionStatus.Cancelled);
    }

    [Fact]
    public virtual async Task EditSessionAsync_ChangesCapacityTrainerAndLanguageAndAuditsIt_WhenCapacityCoversTheBookings()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 5, language: "fr");
        await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);
        await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);

        var result = await Training.EditSessionAsync(session, new SessionEdit(Capacity: 2, Trainer: " Mme Fatoumata Diallo ", Language: "bm"), Staff);

        result.Outcome.Should().Be(SessionEditOutcome.Edited);
        result.Booked.Should().Be(2);
        result.Slot!.Should().Match<TrainingSlot>(s => s.Capacity == 2 && s.Trainer == "Mme Fatoumata Diallo" && s.Language == "bm" && s.FreePlaces == 0);
        (await Training.GetSlotAsync(session)).Should().Be(result.Slot);
        var audit = await Audit.GetForAsync("training_session", session.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Select(a => a.Action).Should().Equal("session.edited", "session.created");
        audit[0].Actor.Should().Be(Staff.Id);
        audit[0].Details.Should().Contain("\"capacity\":2").And.Contain("Mme Fatoumata Diallo");
    }

    [Fact]
    public virtual async Task EditSessionAsync_LeavesOtherFieldsAlone_WhenOnlyOneIsGiven()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 5, language: "fr");
        var before = await Training.GetSlotAsync(session);

        var result = await Training.EditSessionAsync(session, new SessionEdit(Trainer: "M. Sidibé"), Staff);

        result.Outcome.Should().Be(SessionEditOutcome.Edited);
        result.Slot.Should().Be(before! with { Trainer = "M. Sidibé" });
    }

    [Fact]
    public virtual async Task EditSessionAsync_RefusesWithTheBookedCount_WhenCapacityWouldBeBelowTheBookings()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 5, language: "fr");
        for (var i = 0; i < 3; i++) await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);

        var result = await Training.EditSessionAsync(session, new SessionEdit(Capacity: 2, Trainer: "Quelqu'un d'autre"), Staff);

        result.Outcome.Should().Be(SessionEditOutcome.CapacityBelowBookings);
        result.Booked.Should().Be(3);
        var slot = await Training.GetSlotAsync(session);
        slot!.Capacity.Should().Be(5);
        slot.Trainer.Should().NotBe("Quelqu'un d'autre", "a refused edit changes nothing");
        (await Audit.GetForAsync("training_session", session.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => a.Action).Should().NotContain("session.edited");
    }

    [Fact]
    public virtual async Task EditSessionAsync_OffersTheNewPlacesAtOnce_WhenAFullSessionIsRaised()
    {
        var commune = ProgrammeFixtures.Unique("C");
        var session = await Make.SessionAsync(await Make.CohortAsync(commune), Now.AddDays(1), capacity: 1);
        await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);
        var (late, _) = await Make.BeneficiaryAsync();
        (await Training.BookAsync(session, late, Caller)).Outcome.Should().Be(BookingOutcome.Full);

        (await Training.EditSessionAsync(session, new SessionEdit(Capacity: 2), Staff)).Outcome.Should().Be(SessionEditOutcome.Edited);

        (await Training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune, IncludeTest: true))).Items.Should().ContainSingle()
            .Which.FreePlaces.Should().Be(1);
        (await Training.BookAsync(session, late, Caller)).Outcome.Should().Be(BookingOutcome.Booked);
    }

    [Fact]
    public virtual async Task EditSessionAsync_ReturnsNotFoundOrCancelled_WhenTheSessionIsUnknownOrCancelled()
    {
        var cancelled = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1));
        await Training.CancelSessionAsync(cancelled, Staff);

        (await Training.EditSessionAsync(long.MaxValue, new SessionEdit(Capacity: 3), Staff)).Should().Be(new SessionEditResult(SessionEditOutcome.SessionNotFound, 0, null));
        (await Training.EditSessionAsync(cancelled, new SessionEdit(Capacity: 3), Staff)).Outcome.Should().Be(SessionEditOutcome.Cancelled);
        (await Training.GetSlotAsync(cancelled))!.Capacity.Should().Be(20);
        var outOfRange = () => Training.EditSessionAsync(cancelled, new SessionEdit(Capacity: 501), Staff);
        await outOfRange.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public virtual async Task EditSessionAsync_NeverLeavesMoreBookingsThanPlaces_WhenBookingsAndCapacityDecreasesRace()
    {
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 30);
        for (var i = 0; i < 10; i++) await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, Caller);
        var bookers = new List<long>();
        for (var i = 0; i < 30; i++) bookers.Add((await Make.BeneficiaryAsync()).Id);
        var training = Training;

        var capacities = Enumerable.Range(0, 11).Select(i => 20 - i).ToList(); // 20, 19 … 10, interleaved with the bookings
        var bookings = bookers.Select(b => Task.Run(() => training.BookAsync(session, b, Caller))).ToList();
        var edits = capacities.Select(capacity => Task.Run(() => training.EditSessionAsync(session, new SessionEdit(Capacity: capacity), Staff))).ToList();
        var booked = await Task.WhenAll(bookings);
        var edited = await Task.WhenAll(edits);

        await AssertNeverOverfilledAsync(training, session, initiallyBooked: 10, booked, capacities, edited);
    }

    /// <summary>
    /// What a race of bookings and capacity decreases must leave: no more bookings than places, every booking counted,
    /// and each edit refused only when the bookings it counted were more than its capacity.
    /// </summary>
    protected static async Task AssertNeverOverfilledAsync(ITrainingRepository training, long session, int initiallyBooked,
        IReadOnlyList<BookingResult> booked, IReadOnlyList<int> capacities, IReadOnlyList<SessionEditResult> edited)
    {
        var slot = (await training.GetSlotAsync(session))!;
        slot.Booked.Should().BeLessThanOrEqualTo(slot.Capacity);
        slot.Booked.Should().Be(initiallyBooked + booked.Count(b => b.Outcome == BookingOutcome.Booked));
        booked.Should().OnlyContain(b => b.Outcome == BookingOutcome.Booked || b.Outcome == BookingOutcome.Full);
        for (var i = 0; i < capacities.Count; i++)
        {
            edited[i].Outcome.Should().BeOneOf(SessionEditOutcome.Edited, SessionEditOutcome.CapacityBelowBookings);
            if (edited[i].Outcome == SessionEditOutcome.CapacityBelowBookings) edited[i].Booked.Should().BeGreaterThan(capacities[i]);
            else edited[i].Booked.Should().BeLessThanOrEqualTo(capacities[i]);
        }
    }

    [Fact]
    public virtual async Task EditCohortAsync_ChangesTheFieldsGivenAndAuditsIt_WhenValid()
    {
        var cohort = await Make.CohortAsync(name: ProgrammeFixtures.Unique("Cohorte"));
        var name = ProgrammeFixtures.Unique("Cohorte Sogoniko");

        var outcome = await Training.EditCohortAsync(cohort, new CohortEdit(name, "VI", "sanitation", null, new DateOnly(2027, 4, 30)), Staff);

        outcome.Should().Be(CohortEditOutcome.Edited);
        (await Training.GetCohortAsync(cohort)).Should().Be(new TrainingCohort(
            cohort, name, "VI", "sanitation", new DateOnly(2026, 11, 1), new DateOnly(2027, 4, 30), true));
        (await Audit.GetForAsync("training_cohort", cohort.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => a.Action).Should().Equal("cohort.edited", "cohort.created");
    }

    [Fact]
    public virtual async Task EditCohortAsync_ChangesNothing_WhenTheNameIsTakenTheDatesAreReversedOrTheCohortIsUnknown()
    {
        var taken = ProgrammeFixtures.Unique("Cohorte");
        await Make.CohortAsync(name: taken);
        var cohort = await Make.CohortAsync(name: ProgrammeFixtures.Unique("Cohorte"));
        var before = await Training.GetCohortAsync(cohort);

        (await Training.EditCohortAsync(cohort, new CohortEdit(Name: taken), Staff)).Should().Be(CohortEditOutcome.NameTaken);
        (await Training.EditCohortAsync(cohort, new CohortEdit(StartsOn: new DateOnly(2027, 5, 1)), Staff)).Should().Be(CohortEditOutcome.EndsBeforeStart,
            "the stored last day (31/03/2027) would come before the new first day");
        (await Training.EditCohortAsync(cohort, new CohortEdit(StartsOn: new DateOnly(2027, 2, 2), EndsOn: new DateOnly(2027, 2, 1)), Staff)).Should().Be(CohortEditOutcome.EndsBeforeStart);
        (await Training.EditCohortAsync(long.MaxValue, new CohortEdit(Sector: "food"), Staff)).Should().Be(CohortEditOutcome.CohortNotFound);
        (await Training.GetCohortAsync(cohort)).Should().Be(before);
    }

    [Fact]
    public virtual async Task RecordAttendanceAsync_KeepsTheLastAnswer_WhenRecordedTwice()
    {
        var cohort = await Make.CohortAsync(isTest: false);
        var session = await Make.SessionAsync(cohort, Now.AddHours(1), isTest: false);
        var (present, _) = await Make.BeneficiaryAsync(isTest: false);
        var (absent, _) = await Make.BeneficiaryAsync(isTest: false);
        var attendance = ProgrammeActor.Staff("trainer");
        await Training.BookAsync(session, present, ProgrammeActor.Ussd("+22376000001", isTest: false));
        await Training.BookAsync(session, absent, ProgrammeActor.Ussd("+22376000002", isTest: false));

        await Training.RecordAttendanceAsync(session, present, false, attendance);
        await Training.RecordAttendanceAsync(session, present, true, attendance);
        await Training.RecordAttendanceAsync(session, absent, false, attendance);

        var figures = (await new ProgrammeFigures(Connections, Time).GetCohortsAsync()).Single(c => c.CohortId == cohort);
        figures.Should().BeEquivalentTo(new { Sessions = 1, Places = 20, Booked = 2, Cancelled = 0, Attended = 1 });
    }

    [Fact]
    public virtual async Task CreateCohortAsync_Throws_WhenNameIsTakenOrDatesAreReversed()
    {
        var name = ProgrammeFixtures.Unique("Cohorte");
        await Make.CohortAsync(name: name);

        var duplicate = () => Make.CohortAsync(name: name);
        var reversed = () => Training.CreateCohortAsync(new NewTrainingCohort("x", "I", "food", new DateOnly(2027, 1, 2), new DateOnly(2027, 1, 1)), Staff);

        (await duplicate.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"*{name}*already exists*");
        await reversed.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public virtual async Task AddSessionAsync_Throws_WhenCapacityIsOutOfRangeOrTheInstantIsTaken()
    {
        var cohort = await Make.CohortAsync();
        await Make.SessionAsync(cohort, Now.AddDays(1));

        var none = () => Make.SessionAsync(cohort, Now.AddDays(2), capacity: 0);
        var huge = () => Make.SessionAsync(cohort, Now.AddDays(2), capacity: 501);
        var twice = () => Make.SessionAsync(cohort, Now.AddDays(1));

        await none.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await huge.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await twice.Should().ThrowAsync<InvalidOperationException>();
    }
}
