using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>Rows for the programme tests, made through the repositories; names carry a unique suffix, phones are random.</summary>
public sealed class ProgrammeFixtures(IDbConnectionFactory connections, FakeTimeProvider time)
{
    /// <summary>The actor making a row: its test flag follows the row's (an actor's flag marks everything it writes).</summary>
    private static ProgrammeActor Staff(bool isTest) => ProgrammeActor.Staff("fixtures", isTest);

    public TrainingRepository Training { get; } = new(connections, time);

    public CooperativeRepository Cooperatives { get; } = new(connections, time);

    public LoanRepository Loans { get; } = new(connections, time);

    public BeneficiaryRepository Beneficiaries { get; } = new(connections, time);

    /// <summary>A text no other test uses, e.g. <c>Cohorte 3f2a9c1d</c>.</summary>
    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Registers someone on a new random number and returns (id, phone).</summary>
    public async Task<(long Id, string Phone)> BeneficiaryAsync(string name = "Awa Traoré", bool isTest = true, int birthYear = 2004,
        string commune = "IV", string sector = "food", string gender = "F", string region = "Ségou")
    {
        var phone = Registrations.NewPhone();
        var result = await Beneficiaries.RegisterAsync(Registrations.For(phone, name) with
        {
            IsTest = isTest, BirthYear = birthYear, Commune = commune, Sector = sector, Gender = gender, RegionOfOrigin = region,
        });
        result.Outcome.Should().Be(RegistrationOutcome.Registered);
        return (result.BeneficiaryId, phone);
    }

    public Task<long> CohortAsync(string? commune = null, bool isTest = true, string sector = "food", string? name = null) =>
        Training.CreateCohortAsync(new NewTrainingCohort(
            name ?? Unique("Cohorte"), commune ?? Unique("C"), sector, new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31), isTest), Staff(isTest));

    public Task<long> SessionAsync(long cohortId, DateTimeOffset startsAt, int capacity = 20, string language = "fr", bool isTest = true, string place = "Banconi") =>
        Training.AddSessionAsync(new NewTrainingSession(cohortId, startsAt, place, language, capacity, "Mme Fatoumata Diarra", isTest), Staff(isTest));

    public Task<long> CooperativeAsync(bool isTest = true, CooperativeForm form = CooperativeForm.Gie, string? name = null, string commune = "II") =>
        Cooperatives.CreateAsync(new NewCooperative(name ?? Unique("GIE Benkadi"), form, "food", commune, 12, isTest), Staff(isTest));

    /// <summary>A loan of <paramref name="instalments"/> monthly instalments of <paramref name="instalmentXof"/>, disbursed on <paramref name="disbursedOn"/>.</summary>
    public Task<long> LoanAsync(long? beneficiaryId, long? cooperativeId, DateOnly disbursedOn, int instalments = 6, long instalmentXof = 50_000, bool isTest = true) =>
        Loans.CreateLoanAsync(new NewLoan(
            Unique("PR").Replace(' ', '-'), beneficiaryId, cooperativeId, instalments * instalmentXof, disbursedOn,
            Schedule(disbursedOn, instalments, instalmentXof), isTest), Staff(isTest));

    public static IReadOnlyList<LoanInstalment> Schedule(DateOnly disbursedOn, int instalments, long instalmentXof) =>
        Enumerable.Range(1, instalments).Select(m => new LoanInstalment(m, disbursedOn.AddMonths(m), instalmentXof)).ToList();
}
