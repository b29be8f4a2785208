namespace UssdGateway.Core.Programme;

/// <summary>
/// What staff change in a cohort: its name (unique), commune, sector, first and last day (the last never before the
/// first, counting the fields left as they are). A null field stays as it is.
/// </summary>
public sealed record CohortEdit(string? Name = null, string? Commune = null, string? Sector = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null)
{
    public bool IsEmpty => Name is null && Commune is null && Sector is null && StartsOn is null && EndsOn is null;
}
