namespace UssdGateway.Admin.Records.Loans;

/// <summary>The loan form as typed (shown again when refused): the borrower is a phone number or a cooperative.</summary>
public sealed record LoanDraft(
    string? Reference,
    string? Phone,
    long? BeneficiaryId,
    long? CooperativeId,
    string? Principal,
    DateOnly? DisbursedOn,
    int? Instalments);
