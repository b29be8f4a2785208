namespace UssdGateway.Core.Programme;

/// <summary>
/// One cohort's training figures (test rows left out): sessions not cancelled and their places, active and cancelled
/// bookings, and attendances recorded as present.
/// </summary>
public sealed record CohortFigures(
    long CohortId,
    string Name,
    string Commune,
    string Sector,
    int Sessions,
    int Places,
    int Booked,
    int Cancelled,
    int Attended);
