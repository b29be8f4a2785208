namespace UssdGateway.Core.Programme;

/// <summary>A loan and where it stands today (Bamako): balance, next instalment, arrears.</summary>
public sealed record LoanSummary(
    long Id,
    string Reference,
    long? BeneficiaryId,
    long? CooperativeId,
    long PrincipalXof,
    DateOnly DisbursedOn,
    IReadOnlyList<LoanInstalment> Schedule,
    LoanPosition Position,
    bool IsTest);
