namespace UssdGateway.Core.Programme;

public enum RepaymentOutcome
{
    /// <summary>The repayment was written.</summary>
    Recorded,

    /// <summary>The same repayment (same reference, loan and amount) was already recorded; nothing written.</summary>
    Duplicate,

    /// <summary>The reference is already used by a different repayment (another loan or amount); nothing written.</summary>
    ReferenceConflict,

    /// <summary>The amount is more than the loan's balance; nothing written.</summary>
    ExceedsBalance,

    /// <summary>No such loan.</summary>
    LoanNotFound,
}
