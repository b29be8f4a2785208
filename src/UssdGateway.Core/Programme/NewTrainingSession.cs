namespace UssdGateway.Core.Programme;

/// <summary>
/// A training session to add to a cohort: when (UTC), where (a quarter of Bamako), in which language
/// (<c>fr</c>, <c>bm</c>), how many places, who trains. One session per cohort and instant.
/// </summary>
public sealed record NewTrainingSession(
    long CohortId,
    DateTimeOffset StartsAt,
    string Place,
    string Language,
    int Capacity,
    string Trainer,
    bool IsTest = false)
{
    /// <summary>Most places a session may offer.</summary>
    public const int MaxCapacity = 500;
}
