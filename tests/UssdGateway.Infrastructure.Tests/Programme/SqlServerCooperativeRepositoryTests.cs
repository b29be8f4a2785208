using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The cooperative repository contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/> (checked by <see cref="SqlServerContractGuardTests"/>).
/// </summary>
public sealed class SqlServerCooperativeRepositoryTests : CooperativeRepositoryContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task GetAsync_ReturnsEveryField_WhenCooperativeWasCreated() => base.GetAsync_ReturnsEveryField_WhenCooperativeWasCreated();
    [SqlServerFact] public override Task CreateAsync_Throws_WhenNameIsTakenInTheCommune() => base.CreateAsync_Throws_WhenNameIsTakenInTheCommune();
    [SqlServerFact] public override Task GetLedByPhoneAsync_ReturnsEveryCooperativeByName_WhenThePhoneLeadsSeveral() => base.GetLedByPhoneAsync_ReturnsEveryCooperativeByName_WhenThePhoneLeadsSeveral();
    [SqlServerFact] public override Task ReportSalesAsync_RecordsTheMonth_WhenItHasNoReport() => base.ReportSalesAsync_RecordsTheMonth_WhenItHasNoReport();
    [SqlServerFact] public override Task ReportSalesAsync_KeepsEveryVersionAsHistory_WhenTheMonthIsCorrected() => base.ReportSalesAsync_KeepsEveryVersionAsHistory_WhenTheMonthIsCorrected();
    [SqlServerFact] public override Task ReportSalesAsync_WritesNothing_WhenTheAmountIsUnchanged() => base.ReportSalesAsync_WritesNothing_WhenTheAmountIsUnchanged();
    [SqlServerFact] public override Task ReportSalesAsync_AcceptsTheCurrentAndPreviousMonths_WhenReportedByStaffOrALeader() => base.ReportSalesAsync_AcceptsTheCurrentAndPreviousMonths_WhenReportedByStaffOrALeader();
    [SqlServerFact] public override Task ReportSalesAsync_ReturnsNotLeaderOrNotFound_WhenTheReporterMayNotReport() => base.ReportSalesAsync_ReturnsNotLeaderOrNotFound_WhenTheReporterMayNotReport();
    [SqlServerFact] public override Task ReportSalesAsync_ThrowsWithTheAcceptedRange_WhenTheAmountIsNegativeOrAbsurd() => base.ReportSalesAsync_ThrowsWithTheAcceptedRange_WhenTheAmountIsNegativeOrAbsurd();
    [SqlServerFact] public override Task ReportSalesAsync_Throws_WhenTheMonthIsInTheFutureOrTheReporterIsTheSystem() => base.ReportSalesAsync_Throws_WhenTheMonthIsInTheFutureOrTheReporterIsTheSystem();
    [SqlServerFact] public override Task ReportSalesAsync_LeavesOneCurrentVersion_WhenTenReportsForAMonthRace() => base.ReportSalesAsync_LeavesOneCurrentVersion_WhenTenReportsForAMonthRace();
}
