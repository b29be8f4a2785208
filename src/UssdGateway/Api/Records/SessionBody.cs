using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>A session to add to a cohort: start (ISO 8601, UTC), place, language (fr, bm), capacity (1 to 500), trainer.</summary>
public sealed record SessionBody(long? CohortId, DateTimeOffset? StartsAt, string? Place, string? Language, int? Capacity, string? Trainer)
{
    public (NewTrainingSession? Session, string Problem) ToSession(DateTimeOffset now)
    {
        if (CohortId is not { } cohort) return (null, "cohortId is needed");
        if (StartsAt is not { } starts) return (null, "startsAt is needed (ISO 8601, e.g. 2026-12-09T09:00:00Z)");
        if (starts <= now) return (null, "startsAt must be in the future");
        if (string.IsNullOrWhiteSpace(Place)) return (null, "place is needed");
        if (Language is not ("fr" or "bm")) return (null, "language must be fr or bm");
        if (Capacity is not { } capacity || capacity < 1 || capacity > NewTrainingSession.MaxCapacity)
            return (null, $"capacity must be from 1 to {NewTrainingSession.MaxCapacity}");
        if (string.IsNullOrWhiteSpace(Trainer)) return (null, "trainer is needed");
        return (new NewTrainingSession(cohort, starts, Place.Trim(), Language, capacity, Trainer.Trim()), "");
    }
}
