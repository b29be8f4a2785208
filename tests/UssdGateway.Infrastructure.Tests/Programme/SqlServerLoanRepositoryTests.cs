using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The loan repository contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/> (checked by <see cref="SqlServerContractGuardTests"/>).
/// </summary>
public sealed class SqlServerLoanRepositoryTests : LoanRepositoryContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task GetLoanAsync_ReturnsScheduleAndPosition_WhenNothingIsRepaid() => base.GetLoanAsync_ReturnsScheduleAndPosition_WhenNothingIsRepaid();
    [SqlServerFact] public override Task GetLoansOfBeneficiaryAsync_ComputesBalanceAndNextInstalment_WhenPartlyRepaid() => base.GetLoansOfBeneficiaryAsync_ComputesBalanceAndNextInstalment_WhenPartlyRepaid();
    [SqlServerFact] public override Task GetLoanAsync_ShowsTheInstalmentOverdue_WhenItsDueDatePassesUnpaid() => base.GetLoanAsync_ShowsTheInstalmentOverdue_WhenItsDueDatePassesUnpaid();
    [SqlServerFact] public override Task GetLoansOfCooperativeAsync_ReturnsTheCooperativesLoans_WhenItHasSome() => base.GetLoansOfCooperativeAsync_ReturnsTheCooperativesLoans_WhenItHasSome();
    [SqlServerFact] public override Task RecordRepaymentAsync_RecordsOnce_WhenTheSameReferenceArrivesAgain() => base.RecordRepaymentAsync_RecordsOnce_WhenTheSameReferenceArrivesAgain();
    [SqlServerFact] public override Task RecordRepaymentAsync_RecordsOnce_WhenTwentyCopiesArriveAtOnce() => base.RecordRepaymentAsync_RecordsOnce_WhenTwentyCopiesArriveAtOnce();
    [SqlServerFact] public override Task RecordRepaymentAsync_NeverGoesPastTheBalance_WhenRepaymentsArriveAtOnce() => base.RecordRepaymentAsync_NeverGoesPastTheBalance_WhenRepaymentsArriveAtOnce();
    [SqlServerFact] public override Task RecordRepaymentAsync_RefusesWithAnOutcome_WhenReferenceIsReusedOrLoanIsUnknown() => base.RecordRepaymentAsync_RefusesWithAnOutcome_WhenReferenceIsReusedOrLoanIsUnknown();
    [SqlServerFact] public override Task RecordRepaymentAsync_Throws_WhenAmountIsNotPositiveOrAbsurdOrThePaymentIsInTheFuture() => base.RecordRepaymentAsync_Throws_WhenAmountIsNotPositiveOrAbsurdOrThePaymentIsInTheFuture();
    [SqlServerFact] public override Task CreateLoanAsync_Throws_WhenTheLoanCannotBeRight() => base.CreateLoanAsync_Throws_WhenTheLoanCannotBeRight();
}
