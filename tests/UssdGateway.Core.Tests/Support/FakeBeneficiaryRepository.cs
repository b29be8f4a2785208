using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Beneficiaries in a list, with the repository's rules: one row per phone and name key, three per phone.</summary>
internal sealed class FakeBeneficiaryRepository : IBeneficiaryRepository
{
    private readonly object _gate = new();

    public List<Beneficiary> Rows { get; } = [];

    public int RegisterCalls { get; private set; }

    /// <summary>When set, registrations throw as a database that is down would.</summary>
    public bool FailRegistrations { get; set; }

    public Beneficiary Add(string phone, string fullName)
    {
        lock (_gate)
        {
            var row = new Beneficiary(
                Rows.Count + 1, phone, fullName, "F", 2000, "I", "Kayes", "food", "fr",
                DateTimeOffset.UnixEpoch, "test@1", "ussd", true, DateTimeOffset.UnixEpoch);
            Rows.Add(row);
            return row;
        }
    }

    public Task<RegistrationResult> RegisterAsync(BeneficiaryRegistration registration, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            RegisterCalls++;
            if (FailRegistrations) throw new InvalidOperationException("database unavailable");
            var same = Rows.FirstOrDefault(r => r.Phone == registration.Phone && PersonName.Key(r.FullName) == registration.NameKey);
            if (same is not null) return Task.FromResult(new RegistrationResult(RegistrationOutcome.AlreadyRegistered, same.Id));
            if (Rows.Count(r => r.Phone == registration.Phone) >= IBeneficiaryRepository.MaxPeoplePerPhone)
                return Task.FromResult(new RegistrationResult(RegistrationOutcome.NumberFull, 0));
            var row = new Beneficiary(
                Rows.Count + 1, registration.Phone, registration.FullName, registration.Gender, registration.BirthYear,
                registration.Commune, registration.RegionOfOrigin, registration.Sector, registration.Language,
                registration.ConsentedAt, registration.ConsentVersion, registration.Channel, registration.IsTest,
                registration.ConsentedAt);
            Rows.Add(row);
            return Task.FromResult(new RegistrationResult(RegistrationOutcome.Registered, row.Id));
        }
    }

    public Task<IReadOnlyList<Beneficiary>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<Beneficiary>>([.. Rows.Where(r => r.Phone == phone)]);
    }

    public Task<int> CountByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(Rows.Count(r => r.Phone == phone));
    }

    public Task<ProfileCompletionResult> CompleteProfileAsync(long beneficiaryId, ProfileCompletion completion, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = Rows.FindIndex(r => r.Id == beneficiaryId);
            if (index < 0) return Task.FromResult(new ProfileCompletionResult(ProfileCompletionOutcome.BeneficiaryNotFound, []));
            var row = Rows[index];
            var fields = completion.FieldsToWrite(row);
            if (fields.Count == 0) return Task.FromResult(new ProfileCompletionResult(ProfileCompletionOutcome.NothingToComplete, []));
            Rows[index] = row with
            {
                Gender = fields.Contains(ProfileCompletion.GenderField) ? completion.Gender! : row.Gender,
                BirthYear = fields.Contains(ProfileCompletion.BirthYearField) ? completion.BirthYear!.Value : row.BirthYear,
                Commune = fields.Contains(ProfileCompletion.CommuneField) ? completion.Commune! : row.Commune,
                RegionOfOrigin = fields.Contains(ProfileCompletion.RegionField) ? completion.RegionOfOrigin! : row.RegionOfOrigin,
                Sector = fields.Contains(ProfileCompletion.SectorField) ? completion.Sector! : row.Sector,
            };
            return Task.FromResult(new ProfileCompletionResult(ProfileCompletionOutcome.Completed, fields));
        }
    }
}
