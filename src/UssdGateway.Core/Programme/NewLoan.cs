namespace UssdGateway.Core.Programme;

/// <summary>
/// A loan to record: to a beneficiary or to a cooperative (exactly one), its principal, when it was disbursed and its
/// schedule (instalments numbered 1…n, due after disbursement in date order, summing to the principal).
/// <see cref="Reference"/> is the programme's own unique reference (e.g. <c>PR-2026-0042</c>).
/// </summary>
public sealed record NewLoan(
    string Reference,
    long? BeneficiaryId,
    long? CooperativeId,
    long PrincipalXof,
    DateOnly DisbursedOn,
    IReadOnlyList<LoanInstalment> Schedule,
    bool IsTest = false);
