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

    /// <summary>Staff close a pending request as done or refused; false when it is not pending.</summary>
    Task<bool> CloseAsync(long requestId, PrivacyRequestStatus status, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
