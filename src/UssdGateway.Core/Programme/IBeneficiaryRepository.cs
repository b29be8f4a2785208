namespace UssdGateway.Core.Programme;

public interface IBeneficiaryRepository
{
    /// <summary>Most people who may be registered on one phone number (a family sharing a phone).</summary>
    public const int MaxPeoplePerPhone = 3;

    /// <summary>
    /// Registers the person unless the same person (phone + <see cref="PersonName.Key"/>) already is.
    /// Safe under concurrent calls: a unique key, not a read-then-write, decides.
    /// </summary>
    Task<RegistrationResult> RegisterAsync(BeneficiaryRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Everyone registered on this E.164 number, oldest first.</summary>
    Task<IReadOnlyList<Beneficiary>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>How many people are registered on this E.164 number.</summary>
    Task<int> CountByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the profile fields given in <paramref name="completion"/> that are still not given on the beneficiary
    /// (<see cref="BeneficiaryRegistration.NotGiven"/>); a known field is never overwritten. Audited
    /// (<c>beneficiary.profile_completed</c>, with the fields written) in the same transaction.
    /// </summary>
    Task<ProfileCompletionResult> CompleteProfileAsync(long beneficiaryId, ProfileCompletion completion, ProgrammeActor actor, CancellationToken cancellationToken = default);
}
