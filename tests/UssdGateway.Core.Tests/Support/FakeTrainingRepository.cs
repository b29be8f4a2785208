using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Training sessions and bookings in lists: what the USSD actions use (listing, booking, cancelling).</summary>
internal sealed class FakeTrainingRepository : ITrainingRepository
{
    public List<TrainingSlot> Slots { get; } = [];

    public List<(long SessionId, long BeneficiaryId, ProgrammeActor Actor)> Bookings { get; } = [];

    /// <summary>When set, the next booking finds the session full (it filled up between the list and the choice).</summary>
    public bool FillBeforeNextBooking { get; set; }

    public TrainingSlot AddSlot(DateTimeOffset startsAt, string place, int capacity, int booked = 0, bool isTest = true)
    {
        var slot = new TrainingSlot(Slots.Count + 1, 1, "Cohorte A", "IV", "food", startsAt, place, "fr", "Mariam Sangaré", capacity, booked, TrainingSessionStatus.Scheduled);
        Slots.Add(slot);
        return slot;
    }

    private TrainingSlot Current(TrainingSlot slot) =>
        slot with { Booked = slot.Booked + Bookings.Count(b => b.SessionId == slot.SessionId) };

    public Task<Page<TrainingSlot>> GetUpcomingSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Page<TrainingSlot>(
            [.. Slots.Select(Current).Where(s => s.FreePlaces > 0).OrderBy(s => s.StartsAt).Skip(query.Skip).Take(query.Take)], false));

    public Task<TrainingSlot?> GetSlotAsync(long sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Slots.Where(s => s.SessionId == sessionId).Select(Current).FirstOrDefault());

    public Task<BookingResult> BookAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var index = Slots.FindIndex(s => s.SessionId == sessionId);
        if (index < 0) return Task.FromResult(new BookingResult(BookingOutcome.SessionNotFound, 0, null));
        if (FillBeforeNextBooking)
        {
            FillBeforeNextBooking = false;
            Slots[index] = Slots[index] with { Booked = Slots[index].Capacity };
        }
        var slot = Current(Slots[index]);
        var existing = Bookings.FindIndex(b => b.SessionId == sessionId && b.BeneficiaryId == beneficiaryId);
        if (existing >= 0) return Task.FromResult(new BookingResult(BookingOutcome.AlreadyBooked, existing + 1, slot));
        if (slot.FreePlaces == 0) return Task.FromResult(new BookingResult(BookingOutcome.Full, 0, slot));
        Bookings.Add((sessionId, beneficiaryId, actor));
        return Task.FromResult(new BookingResult(BookingOutcome.Booked, Bookings.Count, Current(Slots[index])));
    }

    public Task<CancelBookingOutcome> CancelAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        var removed = Bookings.RemoveAll(b => b.SessionId == sessionId && b.BeneficiaryId == beneficiaryId);
        return Task.FromResult(removed > 0 ? CancelBookingOutcome.Cancelled : CancelBookingOutcome.NotBooked);
    }

    public Task<IReadOnlyList<TrainingBooking>> GetBookingsAsync(long beneficiaryId, bool upcomingOnly = true, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TrainingBooking>>([.. Bookings
            .Select((b, i) => (b, i))
            .Where(x => x.b.BeneficiaryId == beneficiaryId)
            .Select(x => new TrainingBooking(x.i + 1, x.b.SessionId, beneficiaryId, BookingStatus.Booked, DateTimeOffset.UnixEpoch, null,
                Current(Slots.Single(s => s.SessionId == x.b.SessionId))))
            .OrderBy(b => b.Slot.StartsAt)]);

    public Task<TrainingBooking?> GetBookingAsync(long sessionId, long beneficiaryId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<long> CreateCohortAsync(NewTrainingCohort cohort, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<long> AddSessionAsync(NewTrainingSession session, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TrainingCohort?> GetCohortAsync(long cohortId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> MoveSessionAsync(long sessionId, DateTimeOffset startsAt, string? place, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> CancelSessionAsync(long sessionId, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<SessionEditResult> EditSessionAsync(long sessionId, SessionEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<CohortEditOutcome> EditCohortAsync(long cohortId, CohortEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task RecordAttendanceAsync(long sessionId, long beneficiaryId, bool present, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
