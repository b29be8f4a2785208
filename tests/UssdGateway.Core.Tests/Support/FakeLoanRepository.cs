using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Loans in a list, positions computed as the real repository does (on the harness's day).</summary>
internal sealed class FakeLoanRepository(DateOnly today) : ILoanRepository
{
    public List<LoanSummary> Loans { get; } = [];

    public LoanSummary Add(long beneficiaryId, long principal, long repaid, params LoanInstalment[] schedule)
    {
        var loan = new LoanSummary(Loans.Count + 1, "L" + (Loans.Count + 1), beneficiaryId, null, principal, today.AddMonths(-2),
            schedule, LoanPosition.Compute(principal, schedule, repaid, today), true);
        Loans.Add(loan);
        return loan;
    }

    public Task<IReadOnlyList<LoanSummary>> GetLoansOfBeneficiaryAsync(long beneficiaryId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LoanSummary>>([.. Loans.Where(l => l.BeneficiaryId == beneficiaryId)]);

    public Task<long> CreateLoanAsync(NewLoan loan, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<LoanSummary?> GetLoanAsync(long loanId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<LoanSummary>> GetLoansOfCooperativeAsync(long cooperativeId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<RepaymentResult> RecordRepaymentAsync(NewRepayment repayment, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
