namespace UssdGateway.Core.Programme;

/// <summary>
/// A repayment to record. <see cref="Reference"/> is unique across all repayments (the mobile-money transaction id,
/// the receipt number): recording the same reference again is a no-op, so imports and retries are safe.
/// </summary>
public sealed record NewRepayment(
    long LoanId,
    long AmountXof,
    DateOnly PaidOn,
    RepaymentChannel Channel,
    string Reference);
