using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// What the programme repositories must do in every dialect. Derived classes give a migrated database;
/// a dialect whose facts need a server overrides each test to change its attribute (see SqlServer).
/// </summary>
public abstract class ProgrammeRepositoryContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Now);

    protected abstract IDbConnectionFactory Connections { get; }

    protected IBeneficiaryRepository Beneficiaries => new BeneficiaryRepository(Connections, Time);

    protected ICallerPreferences Preferences => new CallerPreferencesRepository(Connections, Time);

    public virtual async Task InitializeAsync() => await new DatabaseMigrator(Connections).MigrateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public virtual async Task RegisterAsync_ReturnsRegisteredWithNewId_WhenPersonIsNew()
    {
        var phone = Registrations.NewPhone();

        var result = await Beneficiaries.RegisterAsync(Registrations.For(phone));

        result.Outcome.Should().Be(RegistrationOutcome.Registered);
        result.BeneficiaryId.Should().BePositive();
        (await Beneficiaries.CountByPhoneAsync(phone)).Should().Be(1);
    }

    [Fact]
    public virtual async Task FindByPhoneAsync_ReturnsEveryField_WhenPersonIsRegistered()
    {
        var phone = Registrations.NewPhone();
        var registration = Registrations.For(phone, "  Awa   Traoré ");
        var id = (await Beneficiaries.RegisterAsync(registration)).BeneficiaryId;

        var found = await Beneficiaries.FindByPhoneAsync(phone);

        found.Should().ContainSingle().Which.Should().Be(new Beneficiary(
            id, phone, "Awa Traoré", "F", 2004, "Commune IV", "Ségou", "agriculture", "bm",
            Registrations.ConsentedAt, "2026-11", "ussd", IsTest: true, CreatedAt: Now));
    }

    [Fact]
    public virtual async Task FindByPhoneAsync_ReturnsTimestampsInUtc_WhenConsentWasGivenWithAnOffset()
    {
        var phone = Registrations.NewPhone();
        var consented = new DateTimeOffset(2026, 12, 7, 10, 30, 0, TimeSpan.FromHours(2));
        await Beneficiaries.RegisterAsync(Registrations.For(phone) with { ConsentedAt = consented });

        var found = (await Beneficiaries.FindByPhoneAsync(phone)).Single();

        found.ConsentedAt.Should().Be(consented);
        found.ConsentedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public virtual async Task RegisterAsync_ReturnsAlreadyRegisteredWithExistingId_WhenNameDiffersOnlyInCaseAccentsAndSpaces()
    {
        var phone = Registrations.NewPhone();
        var first = await Beneficiaries.RegisterAsync(Registrations.For(phone, "Awa Traoré"));

        var second = await Beneficiaries.RegisterAsync(Registrations.For(phone, "  AWA   traore "));

        second.Should().Be(new RegistrationResult(RegistrationOutcome.AlreadyRegistered, first.BeneficiaryId));
        (await Beneficiaries.CountByPhoneAsync(phone)).Should().Be(1);
    }

    [Fact]
    public virtual async Task RegisterAsync_RegistersBoth_WhenSameNameIsOnAnotherPhone()
    {
        var first = await Beneficiaries.RegisterAsync(Registrations.For(Registrations.NewPhone()));

        var second = await Beneficiaries.RegisterAsync(Registrations.For(Registrations.NewPhone()));

        second.Outcome.Should().Be(RegistrationOutcome.Registered);
        second.BeneficiaryId.Should().NotBe(first.BeneficiaryId);
    }

    [Fact]
    public virtual async Task RegisterAsync_ReturnsNumberFull_WhenPhoneAlreadyHasMaxPeople()
    {
        var phone = Registrations.NewPhone();
        foreach (var name in new[] { "Awa Traoré", "Moussa Traoré", "Fatoumata Traoré" })
            (await Beneficiaries.RegisterAsync(Registrations.For(phone, name))).Outcome.Should().Be(RegistrationOutcome.Registered);

        var fourth = await Beneficiaries.RegisterAsync(Registrations.For(phone, "Seydou Traoré"));

        fourth.Should().Be(new RegistrationResult(RegistrationOutcome.NumberFull, 0));
        (await Beneficiaries.CountByPhoneAsync(phone)).Should().Be(IBeneficiaryRepository.MaxPeoplePerPhone);
    }

    [Fact]
    public virtual async Task RegisterAsync_ReturnsRegisteredWithTheSameId_WhenTheSameSessionRegistersAgain()
    {
        var phone = Registrations.NewPhone();
        var registration = Registrations.For(phone) with { SessionId = "ATUid_" + Guid.NewGuid().ToString("N") };
        var first = await Beneficiaries.RegisterAsync(registration);

        var replayed = await Beneficiaries.RegisterAsync(registration); // the hop retried on another instance

        replayed.Should().Be(new RegistrationResult(RegistrationOutcome.Registered, first.BeneficiaryId));
        (await Beneficiaries.RegisterAsync(registration with { SessionId = "ATUid_other" })).Outcome.Should().Be(RegistrationOutcome.AlreadyRegistered);
        (await Beneficiaries.CountByPhoneAsync(phone)).Should().Be(1);
    }

    [Fact]
    public virtual async Task RegisterAsync_ReturnsAlreadyRegistered_WhenPhoneIsFullAndPersonIsOnIt()
    {
        var phone = Registrations.NewPhone();
        var ids = new List<long>();
        foreach (var name in new[] { "Awa Traoré", "Moussa Traoré", "Fatoumata Traoré" })
            ids.Add((await Beneficiaries.RegisterAsync(Registrations.For(phone, name))).BeneficiaryId);

        var again = await Beneficiaries.RegisterAsync(Registrations.For(phone, "moussa traore"));

        again.Should().Be(new RegistrationResult(RegistrationOutcome.AlreadyRegistered, ids[1]));
    }

    [Fact]
    public virtual async Task RegisterAsync_WritesOneRow_WhenSamePersonRegistersTwentyTimesConcurrently()
    {
        var phone = Registrations.NewPhone();
        var repository = Beneficiaries;

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => repository.RegisterAsync(Registrations.For(phone, i % 2 == 0 ? "Awa Traoré" : "AWA TRAORE")))));

        results.Count(r => r.Outcome == RegistrationOutcome.Registered).Should().Be(1);
        results.Should().OnlyContain(r => r.Outcome != RegistrationOutcome.NumberFull);
        results.Select(r => r.BeneficiaryId).Distinct().Should().ContainSingle();
        (await repository.CountByPhoneAsync(phone)).Should().Be(1);
    }

    [Fact]
    public virtual async Task RegisterAsync_NeverExceedsMaxPeople_WhenDifferentPeopleRegisterConcurrently()
    {
        var phone = Registrations.NewPhone();
        var repository = Beneficiaries;

        var results = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => Task.Run(() => repository.RegisterAsync(Registrations.For(phone, $"Personne {(char)('A' + i)}")))));

        results.Count(r => r.Outcome == RegistrationOutcome.Registered).Should().Be(IBeneficiaryRepository.MaxPeoplePerPhone);
        results.Count(r => r.Outcome == RegistrationOutcome.NumberFull).Should().Be(10 - IBeneficiaryRepository.MaxPeoplePerPhone);
        (await repository.CountByPhoneAsync(phone)).Should().Be(IBeneficiaryRepository.MaxPeoplePerPhone);
    }

    [Fact]
    public virtual async Task FindByPhoneAsync_ReturnsOldestFirst_WhenSeveralPeopleShareThePhone()
    {
        var phone = Registrations.NewPhone();
        await Beneficiaries.RegisterAsync(Registrations.For(phone, "Moussa Diarra"));
        Time.Advance(TimeSpan.FromMinutes(1));
        await Beneficiaries.RegisterAsync(Registrations.For(phone, "Awa Diarra"));
        await Beneficiaries.RegisterAsync(Registrations.For(Registrations.NewPhone(), "Someone Else"));

        var found = await Beneficiaries.FindByPhoneAsync(phone);

        found.Select(b => b.FullName).Should().Equal("Moussa Diarra", "Awa Diarra");
        found[1].CreatedAt.Should().Be(Now.AddMinutes(1));
    }

    [Fact]
    public virtual async Task FindByPhoneAsync_ReturnsEmpty_WhenPhoneIsUnknown()
    {
        (await Beneficiaries.FindByPhoneAsync(Registrations.NewPhone())).Should().BeEmpty();
        (await Beneficiaries.CountByPhoneAsync(Registrations.NewPhone())).Should().Be(0);
    }

    [Fact]
    public virtual async Task RegisterAsync_Throws_WhenNameHasNoLetter()
    {
        var register = () => Beneficiaries.RegisterAsync(Registrations.For(Registrations.NewPhone(), " - "));

        await register.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public virtual async Task CompleteProfileAsync_WritesOnlyTheFieldsNotGiven_AndAuditsThem_WhenRegisteredBySms()
    {
        var phone = Registrations.NewPhone();
        var id = (await Beneficiaries.RegisterAsync(Registrations.For(phone, "Moussa Diarra") with
        {
            Gender = BeneficiaryRegistration.NotGiven,
            BirthYear = BeneficiaryRegistration.BirthYearNotGiven,
            Commune = BeneficiaryRegistration.NotGiven,
            Sector = BeneficiaryRegistration.NotGiven,
            Channel = "sms",
        })).BeneficiaryId;
        var actor = ProgrammeActor.Ussd(phone, isTest: true);

        var result = await Beneficiaries.CompleteProfileAsync(id, new ProfileCompletion("M", 2001, "VI", "Kayes", "food"), actor);

        result.Outcome.Should().Be(ProfileCompletionOutcome.Completed);
        result.WrittenFields.Should().Equal("gender", "birth_year", "commune", "sector");
        var found = (await Beneficiaries.FindByPhoneAsync(phone)).Single();
        (found.Gender, found.BirthYear, found.Commune, found.RegionOfOrigin, found.Sector).Should().Be(("M", 2001, "VI", "Ségou", "food"));
        var audit = await new AuditTrail(Connections, Time).GetForAsync("beneficiary", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Should().ContainSingle(e => e.Action == "beneficiary.profile_completed")
            .Which.Should().Match<AuditEntry>(e => e.Actor == phone && e.Channel == ActorChannel.Ussd && e.Details == "{\"fields\":\"gender,birth_year,commune,sector\"}");
    }

    [Fact]
    public virtual async Task CompleteProfileAsync_ReturnsNothingToComplete_AndKeepsTheRow_WhenEveryFieldIsKnown()
    {
        var phone = Registrations.NewPhone();
        var id = (await Beneficiaries.RegisterAsync(Registrations.For(phone))).BeneficiaryId;

        var result = await Beneficiaries.CompleteProfileAsync(id, new ProfileCompletion("M", 1999, "I", "Kayes", "food"), ProgrammeActor.Ussd(phone, true));

        result.Outcome.Should().Be(ProfileCompletionOutcome.NothingToComplete);
        var found = (await Beneficiaries.FindByPhoneAsync(phone)).Single();
        (found.Gender, found.BirthYear, found.Commune, found.Sector).Should().Be(("F", 2004, "Commune IV", "agriculture"));
        (await new AuditTrail(Connections, Time).GetForAsync("beneficiary", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Should().NotContain(e => e.Action == "beneficiary.profile_completed");
    }

    [Fact]
    public virtual async Task CompleteProfileAsync_ReturnsBeneficiaryNotFound_WhenTheIdIsUnknown()
    {
        var result = await Beneficiaries.CompleteProfileAsync(long.MaxValue, new ProfileCompletion("F", 2004, "I", "Kayes", "food"), ProgrammeActor.Ussd(Registrations.NewPhone(), true));

        result.Outcome.Should().Be(ProfileCompletionOutcome.BeneficiaryNotFound);
    }

    [Fact]
    public virtual async Task GetLanguageAsync_ReturnsNull_WhenFirstTimeCaller()
    {
        (await Preferences.GetLanguageAsync(Registrations.NewPhone())).Should().BeNull();
    }

    [Fact]
    public virtual async Task GetLanguageAsync_ReturnsLastChoice_WhenLanguageWasSetTwice()
    {
        var phone = Registrations.NewPhone();
        await Preferences.SetLanguageAsync(phone, "fr");
        await Preferences.SetLanguageAsync(phone, "bm");

        (await Preferences.GetLanguageAsync(phone)).Should().Be("bm");
    }

    [Fact]
    public virtual async Task SetLanguageAsync_KeepsOneRow_WhenCalledConcurrentlyForOneNumber()
    {
        var phone = Registrations.NewPhone();
        var preferences = Preferences;

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => preferences.SetLanguageAsync(phone, i % 2 == 0 ? "fr" : "bm"))));

        (await preferences.GetLanguageAsync(phone)).Should().BeOneOf("fr", "bm");
    }
}
