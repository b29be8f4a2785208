namespace UssdGateway.Core.Programme;

/// <summary>
/// Registrations (test rows left out) against the programme's target, and their split by commune, sector, gender,
/// age band and region of origin. Splits are largest first, except age bands (in band order).
/// </summary>
public sealed record RegistrationFigures(
    int Total,
    int Target,
    IReadOnlyList<FigureCount> ByCommune,
    IReadOnlyList<FigureCount> BySector,
    IReadOnlyList<FigureCount> ByGender,
    IReadOnlyList<FigureCount> ByAgeBand,
    IReadOnlyList<FigureCount> ByRegion)
{
    /// <summary>Share of the target reached, 0 to 1 (may exceed 1).</summary>
    public double ShareOfTarget => Target == 0 ? 0 : (double)Total / Target;
}
