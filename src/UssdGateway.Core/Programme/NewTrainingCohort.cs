namespace UssdGateway.Core.Programme;

/// <summary>A training cohort to create. <see cref="Name"/> is unique; <see cref="Commune"/> and <see cref="Sector"/>
/// use the registration codes (<c>I</c>…<c>VI</c>, <c>food</c>, <c>sanitation</c>…).</summary>
public sealed record NewTrainingCohort(
    string Name,
    string Commune,
    string Sector,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool IsTest = false);
