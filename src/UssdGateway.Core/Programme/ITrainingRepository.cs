namespace UssdGateway.Core.Programme;

/// <summary>Training cohorts, their sessions, bookings and attendance.</summary>
public interface ITrainingRepository
{
    /// <summary>Creates a cohort; its name must be new (<see cref="InvalidOperationException"/> otherwise).</summary>
    Task<long> CreateCohortAsync(NewTrainingCohort cohort, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Adds a session to a cohort; one per cohort and instant (<see cref="InvalidOperationException"/> otherwise).</summary>
    Task<long> AddSessionAsync(NewTrainingSession session, ProgrammeActor actor, CancellationToken cancellationToken = default);

    Task<TrainingCohort?> GetCohortAsync(long cohortId, CancellationToken cancellationToken = default);

    /// <summary>Upcoming sessions with a free place, soonest first, one page (see <see cref="SlotQuery"/>).</summary>
    Task<Page<TrainingSlot>> GetUpcomingSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default);

    /// <summary>One session as it stands now (any status), or null.</summary>
    Task<TrainingSlot?> GetSlotAsync(long sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a place for the beneficiary, atomically: never past capacity, however many book at once; one active
    /// booking per beneficiary and session. A full, cancelled, started or unknown session is an outcome, not an exception.
    /// </summary>
    Task<BookingResult> BookAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Frees the beneficiary's place in the session (kept as a cancelled booking), until the session starts.</summary>
    Task<CancelBookingOutcome> CancelAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>The beneficiary's active booking in this session, or null.</summary>
    Task<TrainingBooking?> GetBookingAsync(long sessionId, long beneficiaryId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The beneficiary's active bookings, soonest session first; with <paramref name="upcomingOnly"/> only sessions
    /// that have not started (the first one is "my next session").
    /// </summary>
    Task<IReadOnlyList<TrainingBooking>> GetBookingsAsync(long beneficiaryId, bool upcomingOnly = true, CancellationToken cancellationToken = default);

    /// <summary>Moves a session to another instant (and place, when given); its bookings stay. False when unknown or cancelled.</summary>
    Task<bool> MoveSessionAsync(long sessionId, DateTimeOffset startsAt, string? place, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a session's capacity, trainer or language (not its time or place: <see cref="MoveSessionAsync"/>). The
    /// capacity is checked against the active bookings and written in one locked step, so a booking made at the same
    /// moment never leaves more bookings than places; a raised capacity offers its places at once. A cancelled session
    /// is not edited.
    /// </summary>
    Task<SessionEditResult> EditSessionAsync(long sessionId, SessionEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Changes a cohort's name, commune, sector or dates; an outcome says why nothing changed.</summary>
    Task<CohortEditOutcome> EditCohortAsync(long cohortId, CohortEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Cancels a session (its bookings stay, for the notices). False when unknown or already cancelled.</summary>
    Task<bool> CancelSessionAsync(long sessionId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Records whether the beneficiary attended the session; a second call corrects the first.</summary>
    Task RecordAttendanceAsync(long sessionId, long beneficiaryId, bool present, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
