namespace UssdGateway.Core.Programme;

/// <summary>
/// The loan portfolio today (Bamako), test loans and repayments left out.
/// <see cref="RepaymentRate"/> is what was repaid of what has fallen due (each loan's repayments counted up to its
/// amount due to date), 0 to 1; null while nothing has fallen due.
/// </summary>
public sealed record LoanPortfolioFigures(
    int Loans,
    long DisbursedXof,
    long RepaidXof,
    long OutstandingXof,
    long DueToDateXof,
    long OverdueXof,
    int OverdueLoans,
    double? RepaymentRate);
