namespace UssdGateway.Core.Programme;

/// <summary>A training cohort as stored.</summary>
public sealed record TrainingCohort(
    long Id,
    string Name,
    string Commune,
    string Sector,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool IsTest);
