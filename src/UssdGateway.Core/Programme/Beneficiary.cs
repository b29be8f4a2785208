namespace UssdGateway.Core.Programme;

/// <summary>A registered youth, as stored.</summary>
public sealed record Beneficiary(
    long Id,
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
    bool IsTest,
    DateTimeOffset CreatedAt);
