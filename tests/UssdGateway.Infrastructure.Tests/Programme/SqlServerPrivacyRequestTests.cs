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
    [SqlServerFact] public override Task CloseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt() => base.CloseAsync_ClosesOnceAndAllowsANewRequest_WhenStaffHandleIt();
}
