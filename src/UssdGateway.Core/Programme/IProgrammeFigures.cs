namespace UssdGateway.Core.Programme;

/// <summary>The programme's figures for the staff console. Rows flagged as test data are always left out.</summary>
public interface IProgrammeFigures
{
    /// <summary>The number of young people the programme trains.</summary>
    public const int RegistrationTarget = 3000;

    /// <summary>Registrations against <see cref="RegistrationTarget"/>, by commune, sector, gender, age band, region of origin.</summary>
    Task<RegistrationFigures> GetRegistrationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Bookings and attendance per cohort, in cohort start order.</summary>
    Task<IReadOnlyList<CohortFigures>> GetCohortsAsync(CancellationToken cancellationToken = default);

    /// <summary>Current sales per cooperative and month (within the months given, inclusive), by cooperative name then month.</summary>
    Task<IReadOnlyList<CooperativeMonthSales>> GetSalesAsync(SalesMonth? from = null, SalesMonth? to = null, CancellationToken cancellationToken = default);

    /// <summary>Disbursed, repaid, outstanding, overdue (amount and loans) and the repayment rate.</summary>
    Task<LoanPortfolioFigures> GetLoanPortfolioAsync(CancellationToken cancellationToken = default);
}
