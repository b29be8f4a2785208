namespace UssdGateway.Core.Programme;

/// <summary>What <see cref="ILoanRepository.RecordRepaymentAsync"/> did, the repayment's id (new or existing; 0 otherwise) and the loan after it.</summary>
public sealed record RepaymentResult(RepaymentOutcome Outcome, long RepaymentId, LoanSummary? Loan);
