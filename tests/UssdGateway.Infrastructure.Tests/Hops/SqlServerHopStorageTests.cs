using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Hops;

/// <summary>
/// The hop storage contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/>. Menu and session ids are
/// unique per test, so a shared database is fine.
/// </summary>
public sealed class SqlServerHopStorageTests : HopStorageContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task BufferedHopLog_StoresEveryField_WhenItWritesAHop() => base.BufferedHopLog_StoresEveryField_WhenItWritesAHop();
    [SqlServerFact] public override Task RecordAsync_ReturnsTrueAndStoresEveryField_WhenSessionEndIsNew() => base.RecordAsync_ReturnsTrueAndStoresEveryField_WhenSessionEndIsNew();
    [SqlServerFact] public override Task RecordAsync_ReturnsFalseAndKeepsTheFirst_WhenTheSameSessionEndArrivesAgain() => base.RecordAsync_ReturnsFalseAndKeepsTheFirst_WhenTheSameSessionEndArrivesAgain();
    [SqlServerFact] public override Task RecordAsync_KeepsBoth_WhenAnotherProviderHasTheSameSessionId() => base.RecordAsync_KeepsBoth_WhenAnotherProviderHasTheSameSessionId();
    [SqlServerFact] public override Task RecordAsync_RecordsOnce_WhenTwentyCopiesArriveConcurrently() => base.RecordAsync_RecordsOnce_WhenTwentyCopiesArriveConcurrently();
    [SqlServerFact] public override Task RecordAsync_StoresNulls_WhenOptionalFieldsAreMissing() => base.RecordAsync_StoresNulls_WhenOptionalFieldsAreMissing();
    [SqlServerFact] public override Task RecordAsync_ClipsText_WhenLongerThanItsColumn() => base.RecordAsync_ClipsText_WhenLongerThanItsColumn();
    [SqlServerFact] public override Task GetFunnelAsync_CountsEntriesAndDropOffsPerScreen_WhenADayOfHopsIsLogged() => base.GetFunnelAsync_CountsEntriesAndDropOffsPerScreen_WhenADayOfHopsIsLogged();
    [SqlServerFact] public override Task GetFunnelAsync_ListsEveryMenuBusiestScreenFirst_WhenNoMenuIsGiven() => base.GetFunnelAsync_ListsEveryMenuBusiestScreenFirst_WhenNoMenuIsGiven();
    [SqlServerFact] public override Task GetFunnelAsync_CountsTheDaysOwnHops_WhenHopsSitOnEitherSideOfMidnight() => base.GetFunnelAsync_CountsTheDaysOwnHops_WhenHopsSitOnEitherSideOfMidnight();
    [SqlServerFact] public override Task GetFunnelAsync_ReturnsEmpty_WhenOnlyTestHopsWereLogged() => base.GetFunnelAsync_ReturnsEmpty_WhenOnlyTestHopsWereLogged();
    [SqlServerFact] public override Task GetFunnelAsync_ReturnsEmpty_WhenNoHopWasLoggedThatDay() => base.GetFunnelAsync_ReturnsEmpty_WhenNoHopWasLoggedThatDay();
}
