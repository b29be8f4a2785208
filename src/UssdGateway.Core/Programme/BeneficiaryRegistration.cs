namespace UssdGateway.Core.Programme;

/// <summary>What a youth gives when registering, with their consent and where it came from.</summary>
public sealed record BeneficiaryRegistration(
    string Phone,
    string FullName,
    string Gender,
    int BirthYear,
    string Commune,
    string RegionOfOrigin,
    string Sector,
    string Language,
    DateTimeOffset ConsentedAt,
    string ConsentVersion,
    string Channel,
    string? SessionId,
    bool IsTest)
{
    /// <summary>Stored for a profile field not given yet (a registration by SMS gives only the name).</summary>
    public const string NotGiven = "unknown";

    /// <summary>Stored as the birth year when it is not given yet.</summary>
    public const int BirthYearNotGiven = 0;

    /// <summary>The name as compared for duplicates: see <see cref="PersonName.Key"/>.</summary>
    public string NameKey => PersonName.Key(FullName);
}
