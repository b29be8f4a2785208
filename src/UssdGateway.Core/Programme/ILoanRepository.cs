namespace UssdGateway.Core.Programme;

/// <summary>Loans to beneficiaries and cooperatives, their schedules and repayments. Balances are computed, never stored.</summary>
public interface ILoanRepository
{
    /// <summary>Records a disbursed loan and its schedule in one transaction; returns its id.</summary>
    /// <exception cref="ArgumentException">No borrower or two; principal out of range; a schedule that is empty, out of
    /// order, due before disbursement, or does not sum to the principal.</exception>
    /// <exception cref="InvalidOperationException">The reference is already used.</exception>
    Task<long> CreateLoanAsync(NewLoan loan, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>One loan as it stands today (Bamako), or null.</summary>
    Task<LoanSummary?> GetLoanAsync(long loanId, CancellationToken cancellationToken = default);

    /// <summary>The beneficiary's loans, oldest first, each with balance and next instalment as of today (Bamako).</summary>
    Task<IReadOnlyList<LoanSummary>> GetLoansOfBeneficiaryAsync(long beneficiaryId, CancellationToken cancellationToken = default);

    /// <summary>The cooperative's loans, oldest first.</summary>
    Task<IReadOnlyList<LoanSummary>> GetLoansOfCooperativeAsync(long cooperativeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a repayment, idempotent by reference; never above the balance, even when two arrive at once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Amount not from 1 to <see cref="Xof.Max"/>, or paid on a future date.</exception>
    /// <exception cref="ArgumentException">Empty reference.</exception>
    Task<RepaymentResult> RecordRepaymentAsync(NewRepayment repayment, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
