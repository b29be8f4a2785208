using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// <c>PATCH /api/cohorts/{id}</c>: any of name (unique), commune (I…VI), sector code, first and last day (yyyy-MM-dd,
/// the last never before the first); a field left out stays as it is.
/// </summary>
public sealed record CohortEditBody(string? Name, string? Commune, string? Sector, DateOnly? StartsOn, DateOnly? EndsOn)
{
    public (CohortEdit? Edit, string Problem) ToEdit()
    {
        if (Name is null && Commune is null && Sector is null && StartsOn is null && EndsOn is null)
            return (null, "nothing to change: give name, commune, sector, startsOn or endsOn");
        if (Name is not null && string.IsNullOrWhiteSpace(Name)) return (null, "name cannot be empty");
        if (Commune is not null && string.IsNullOrWhiteSpace(Commune)) return (null, "commune cannot be empty (I to VI)");
        if (Sector is not null && string.IsNullOrWhiteSpace(Sector)) return (null, "sector cannot be empty");
        if (StartsOn is { } starts && EndsOn is { } ends && ends < starts) return (null, "endsOn cannot be before startsOn");
        return (new CohortEdit(Name?.Trim(), Commune?.Trim(), Sector?.Trim(), StartsOn, EndsOn), "");
    }
}
