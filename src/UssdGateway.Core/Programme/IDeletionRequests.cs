namespace UssdGateway.Core.Programme;

/// <summary>Requests to delete data or withdraw consent: recorded at once, handled by staff.</summary>
public interface IDeletionRequests
{
    /// <summary>
    /// Records a request from the actor's number (for one beneficiary on it, or for the number as a whole when
    /// <paramref name="beneficiaryId"/> is null). Asking again while one is pending returns the pending one.
    /// </summary>
    Task<PrivacyRequestResult> RequestAsync(PrivacyRequestKind kind, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Pending requests, oldest first.</summary>
    Task<IReadOnlyList<PrivacyRequest>> GetPendingAsync(int take = 100, CancellationToken cancellationToken = default);

    /// <summary>The requests made from a number, newest first.</summary>
    Task<IReadOnlyList<PrivacyRequest>> GetByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>One request, whatever its status; null when unknown.</summary>
    Task<PrivacyRequest?> GetAsync(long requestId, CancellationToken cancellationToken = default);

    /// <summary>Handled requests (done or refused), most recently handled first.</summary>
    Task<IReadOnlyList<PrivacyRequest>> GetHandledAsync(int take = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// A request with the people it concerns (the beneficiary it names, or everyone on the number when it names
    /// none) and what they still owe on loans; null when the request is unknown.
    /// </summary>
    Task<PrivacySubject?> GetSubjectAsync(long requestId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Staff handle a pending request (deletion or consent withdrawal alike) as done: in one transaction, the people
    /// concerned are erased (name, number, exact birth year; upcoming bookings cancelled; PIN and cooperative
    /// leadership removed) and, when nobody registered is left on the number, the number's own traces too (SMS
    /// texts and numbers masked, queued SMS cancelled, language preference, opt-out, session log numbers, other
    /// pending requests closed). Anonymous figures (gender, commune, sector, region, age band, attendance, loans
    /// repaid) stay. Refused with <see cref="PrivacyDecisionOutcome.OutstandingLoan"/> while a loan is not repaid.
    /// </summary>
    Task<PrivacyDecision> EraseAsync(long requestId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Staff refuse a pending request, with the reason (kept, at most <see cref="PrivacyErasure.MaxReasonLength"/> characters).</summary>
    Task<PrivacyDecision> RefuseAsync(long requestId, string? reason, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
