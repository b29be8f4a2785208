using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The PIN repository contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/> (checked by <see cref="SqlServerContractGuardTests"/>).
/// </summary>
public sealed class SqlServerPinRepositoryTests : PinRepositoryContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task SetAsync_SetsTheFirstPinOnly_WhenCalledTwice() => base.SetAsync_SetsTheFirstPinOnly_WhenCalledTwice();
    [SqlServerFact] public override Task SetAsync_RefusesWithAnOutcome_WhenThePinIsNotFourDigitsOrTheBeneficiaryIsUnknown() => base.SetAsync_RefusesWithAnOutcome_WhenThePinIsNotFourDigitsOrTheBeneficiaryIsUnknown();
    [SqlServerFact] public override Task VerifyAsync_ReturnsNotSet_WhenNoPinWasChosen() => base.VerifyAsync_ReturnsNotSet_WhenNoPinWasChosen();
    [SqlServerFact] public override Task VerifyAsync_LocksUntilTheEndOfTheBamakoDay_WhenThreeWrongPinsAreTried() => base.VerifyAsync_LocksUntilTheEndOfTheBamakoDay_WhenThreeWrongPinsAreTried();
    [SqlServerFact] public override Task VerifyAsync_ForgetsWrongTries_WhenTheRightPinIsGivenOrTheDayChanges() => base.VerifyAsync_ForgetsWrongTries_WhenTheRightPinIsGivenOrTheDayChanges();
    [SqlServerFact] public override Task VerifyAsync_CountsEveryTry_WhenTenWrongPinsArriveAtOnce() => base.VerifyAsync_CountsEveryTry_WhenTenWrongPinsArriveAtOnce();
    [SqlServerFact] public override Task ResetAsync_LetsTheYouthChooseANewPin_WhenStaffResetsALockedPin() => base.ResetAsync_LetsTheYouthChooseANewPin_WhenStaffResetsALockedPin();
    [SqlServerFact] public override Task VerifyAsync_AcceptsThePin_WhenHashedWithTheDefaultIterations() => base.VerifyAsync_AcceptsThePin_WhenHashedWithTheDefaultIterations();
}
