namespace UssdGateway.Infrastructure.Records;

/// <summary>A training cohort in a list, with how many sessions it has.</summary>
public sealed record CohortRecord(long Id, string Name, string Commune, string Sector, DateOnly StartsOn, DateOnly EndsOn, int Sessions, bool IsTest);
