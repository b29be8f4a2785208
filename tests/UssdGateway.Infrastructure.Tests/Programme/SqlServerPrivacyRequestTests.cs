using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The deletion / consent-withdrawal requests contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/> (checked by <see cref="SqlServerContractGuardTests"/>).
/// </summary>
public sealed class SqlServerPrivacyRequestTests : PrivacyRequestContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task RequestAsync_RecordsAPendingRequest_WhenNoneIsPending() => base.RequestAsync_RecordsAPendingRequest_WhenNoneIsPending();
    [SqlServerFact] public override Task RequestAsync_ReturnsThePendingRequest_WhenTheSamePersonAsksAgain() => base.RequestAsync_ReturnsThePendingRequest_WhenTheSamePersonAsksAgain();
    [SqlServerFact] public override Task RequestAsync_WritesOneRow_WhenTenIdenticalRequestsArriveAtOnce() => base.RequestAsync_WritesOneRow_WhenTenIdenticalRequestsArriveAtOnce();
    [SqlServerFact] public override Task EraseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt() => base.EraseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt();
    [SqlServerFact] public override Task EraseAsync_RemovesNameNumberAndMessages_AndKeepsAnonymousFigures_WhenADeletionIsDone() => base.EraseAsync_RemovesNameNumberAndMessages_AndKeepsAnonymousFigures_WhenADeletionIsDone();
    [SqlServerFact] public override Task EraseAsync_RefusesWithTheBalance_WhenALoanIsNotRepaid() => base.EraseAsync_RefusesWithTheBalance_WhenALoanIsNotRepaid();
    [SqlServerFact] public override Task EraseAsync_KeepsTheNumberForTheOthers_WhenOneHouseholdMemberIsErased() => base.EraseAsync_KeepsTheNumberForTheOthers_WhenOneHouseholdMemberIsErased();
    [SqlServerFact] public override Task EraseAsync_ErasesEveryoneOnTheNumber_WhenAConsentWithdrawalForTheWholeNumberIsDone() => base.EraseAsync_ErasesEveryoneOnTheNumber_WhenAConsentWithdrawalForTheWholeNumberIsDone();
    [SqlServerFact] public override Task RefuseAsync_KeepsTheReason_AndNeedsOne() => base.RefuseAsync_KeepsTheReason_AndNeedsOne();
}
