namespace UssdGateway.Core.Programme;

/// <summary>
/// A training session as a caller sees it: its cohort, when and where, and how full it is.
/// <see cref="Booked"/> counts active bookings; <see cref="IsBookedByCaller"/> is set when the query named a beneficiary.
/// </summary>
public sealed record TrainingSlot(
    long SessionId,
    long CohortId,
    string CohortName,
    string Commune,
    string Sector,
    DateTimeOffset StartsAt,
    string Place,
    string Language,
    string Trainer,
    int Capacity,
    int Booked,
    TrainingSessionStatus Status,
    bool IsBookedByCaller = false)
{
    public int FreePlaces => Math.Max(0, Capacity - Booked);
}
