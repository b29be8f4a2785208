namespace UssdGateway.Core.Programme;

/// <summary>What came of staff handling a privacy request (<see cref="IDeletionRequests.EraseAsync"/>, <see cref="IDeletionRequests.RefuseAsync"/>).</summary>
public enum PrivacyDecisionOutcome
{
    /// <summary>Erased (the request is done) or refused with the reason given.</summary>
    Handled,

    /// <summary>No such request, or it was already handled: nothing changed.</summary>
    NotPending,

    /// <summary>A person concerned still owes on a loan: financial records are kept, the request can only be refused.</summary>
    OutstandingLoan,

    /// <summary>A refusal needs a reason.</summary>
    ReasonRequired,
}
