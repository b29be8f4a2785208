using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>A cohort to create: unique name, commune (I…VI), sector code, first and last day (yyyy-MM-dd).</summary>
public sealed record CohortBody(string? Name, string? Commune, string? Sector, DateOnly? StartsOn, DateOnly? EndsOn)
{
    public (NewTrainingCohort? Cohort, string Problem) ToCohort()
    {
        if (string.IsNullOrWhiteSpace(Name)) return (null, "name is needed");
        if (string.IsNullOrWhiteSpace(Commune)) return (null, "commune is needed (I to VI)");
        if (string.IsNullOrWhiteSpace(Sector)) return (null, "sector is needed");
        if (StartsOn is not { } starts) return (null, "startsOn is needed (yyyy-MM-dd)");
        if (EndsOn is not { } ends) return (null, "endsOn is needed (yyyy-MM-dd)");
        if (ends < starts) return (null, "endsOn cannot be before startsOn");
        return (new NewTrainingCohort(Name.Trim(), Commune.Trim(), Sector.Trim(), starts, ends), "");
    }
}
