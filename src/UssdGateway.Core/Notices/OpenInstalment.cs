namespace UssdGateway.Core.Notices;

/// <summary>
/// An instalment with something still to pay (repayments go to the oldest instalments first), and who is told:
/// the borrowing beneficiary, or every leader of the borrowing cooperative (<see cref="BorrowerName"/> is then the cooperative's).
/// </summary>
public sealed record OpenInstalment(
    long InstalmentId, string LoanReference, int Number, DateOnly DueOn, long RemainingXof, string BorrowerName, string PhoneE164, string Language, bool IsTest);
