using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The repository contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/>. Tests use random phone
/// numbers, so a shared database is fine; rows are flagged is_test.
/// </summary>
public sealed class SqlServerProgrammeRepositoryTests : ProgrammeRepositoryContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task RegisterAsync_ReturnsRegisteredWithNewId_WhenPersonIsNew() => base.RegisterAsync_ReturnsRegisteredWithNewId_WhenPersonIsNew();
    [SqlServerFact] public override Task FindByPhoneAsync_ReturnsEveryField_WhenPersonIsRegistered() => base.FindByPhoneAsync_ReturnsEveryField_WhenPersonIsRegistered();
    [SqlServerFact] public override Task FindByPhoneAsync_ReturnsTimestampsInUtc_WhenConsentWasGivenWithAnOffset() => base.FindByPhoneAsync_ReturnsTimestampsInUtc_WhenConsentWasGivenWithAnOffset();
    [SqlServerFact] public override Task RegisterAsync_ReturnsAlreadyRegisteredWithExistingId_WhenNameDiffersOnlyInCaseAccentsAndSpaces() => base.RegisterAsync_ReturnsAlreadyRegisteredWithExistingId_WhenNameDiffersOnlyInCaseAccentsAndSpaces();
    [SqlServerFact] public override Task RegisterAsync_ReturnsRegisteredWithTheSameId_WhenTheSameSessionRegistersAgain() => base.RegisterAsync_ReturnsRegisteredWithTheSameId_WhenTheSameSessionRegistersAgain();
    [SqlServerFact] public override Task RegisterAsync_RegistersBoth_WhenSameNameIsOnAnotherPhone() => base.RegisterAsync_RegistersBoth_WhenSameNameIsOnAnotherPhone();
    [SqlServerFact] public override Task RegisterAsync_ReturnsNumberFull_WhenPhoneAlreadyHasMaxPeople() => base.RegisterAsync_ReturnsNumberFull_WhenPhoneAlreadyHasMaxPeople();
    [SqlServerFact] public override Task RegisterAsync_ReturnsAlreadyRegistered_WhenPhoneIsFullAndPersonIsOnIt() => base.RegisterAsync_ReturnsAlreadyRegistered_WhenPhoneIsFullAndPersonIsOnIt();
    [SqlServerFact] public override Task RegisterAsync_WritesOneRow_WhenSamePersonRegistersTwentyTimesConcurrently() => base.RegisterAsync_WritesOneRow_WhenSamePersonRegistersTwentyTimesConcurrently();
    [SqlServerFact] public override Task RegisterAsync_NeverExceedsMaxPeople_WhenDifferentPeopleRegisterConcurrently() => base.RegisterAsync_NeverExceedsMaxPeople_WhenDifferentPeopleRegisterConcurrently();
    [SqlServerFact] public override Task FindByPhoneAsync_ReturnsOldestFirst_WhenSeveralPeopleShareThePhone() => base.FindByPhoneAsync_ReturnsOldestFirst_WhenSeveralPeopleShareThePhone();
    [SqlServerFact] public override Task FindByPhoneAsync_ReturnsEmpty_WhenPhoneIsUnknown() => base.FindByPhoneAsync_ReturnsEmpty_WhenPhoneIsUnknown();
    [SqlServerFact] public override Task RegisterAsync_Throws_WhenNameHasNoLetter() => base.RegisterAsync_Throws_WhenNameHasNoLetter();
    [SqlServerFact] public override Task CompleteProfileAsync_WritesOnlyTheFieldsNotGiven_AndAuditsThem_WhenRegisteredBySms() => base.CompleteProfileAsync_WritesOnlyTheFieldsNotGiven_AndAuditsThem_WhenRegisteredBySms();
    [SqlServerFact] public override Task CompleteProfileAsync_ReturnsNothingToComplete_AndKeepsTheRow_WhenEveryFieldIsKnown() => base.CompleteProfileAsync_ReturnsNothingToComplete_AndKeepsTheRow_WhenEveryFieldIsKnown();
    [SqlServerFact] public override Task CompleteProfileAsync_ReturnsBeneficiaryNotFound_WhenTheIdIsUnknown() => base.CompleteProfileAsync_ReturnsBeneficiaryNotFound_WhenTheIdIsUnknown();
    [SqlServerFact] public override Task GetLanguageAsync_ReturnsNull_WhenFirstTimeCaller() => base.GetLanguageAsync_ReturnsNull_WhenFirstTimeCaller();
    [SqlServerFact] public override Task GetLanguageAsync_ReturnsLastChoice_WhenLanguageWasSetTwice() => base.GetLanguageAsync_ReturnsLastChoice_WhenLanguageWasSetTwice();
    [SqlServerFact] public override Task SetLanguageAsync_KeepsOneRow_WhenCalledConcurrentlyForOneNumber() => base.SetLanguageAsync_KeepsOneRow_WhenCalledConcurrentlyForOneNumber();

    [SqlServerFact]
    public async Task MigrateAsync_AppliesNothing_WhenRunAgain()
    {
        (await new DatabaseMigrator(Connections).MigrateAsync()).AppliedScripts.Should().BeEmpty();
    }
}
