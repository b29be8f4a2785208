namespace UssdGateway.Core.Programme;

/// <summary>
/// What an edit did, the active bookings counted under the same lock as the change, and the session as it stands
/// after it (null when unknown).
/// </summary>
public sealed record SessionEditResult(SessionEditOutcome Outcome, int Booked, TrainingSlot? Slot);
