namespace UssdGateway.Infrastructure.Demo;

/// <summary>
/// What <see cref="DemoSeeder.SeedAsync"/> wrote (rows new in this run; all zero on a second run the same day) and the
/// demo programme as it stands: cooperatives led by the demo leader, the demo youth's loan and next booked session.
/// </summary>
public sealed record DemoSeedResult(
    DateOnly Today,
    int Beneficiaries,
    int Cohorts,
    int Sessions,
    int Bookings,
    int Attendances,
    int Cooperatives,
    int Leaders,
    int SalesReports,
    int Loans,
    int Instalments,
    int Repayments,
    IReadOnlyList<string> LeaderCooperatives)
{
    /// <summary>Rows written by this run, all tables together.</summary>
    public int Written => Beneficiaries + Cohorts + Sessions + Bookings + Attendances + Cooperatives + Leaders + SalesReports + Loans + Instalments + Repayments;
}
