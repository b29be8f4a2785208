namespace UssdGateway.Core.Programme;

/// <summary>What <see cref="ITrainingRepository.EditSessionAsync"/> did.</summary>
public enum SessionEditOutcome
{
    Edited,
    SessionNotFound,

    /// <summary>A cancelled session is not edited.</summary>
    Cancelled,

    /// <summary>The new capacity is below the active bookings (<see cref="SessionEditResult.Booked"/>): nothing changed.</summary>
    CapacityBelowBookings,
}
