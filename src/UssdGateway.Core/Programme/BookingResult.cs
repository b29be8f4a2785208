namespace UssdGateway.Core.Programme;

/// <summary>
/// What <see cref="ITrainingRepository.BookAsync"/> did: the booking's id (the new one, or the existing one when
/// <see cref="BookingOutcome.AlreadyBooked"/>; 0 otherwise) and the session as it stands after the attempt (null when not found).
/// </summary>
public sealed record BookingResult(BookingOutcome Outcome, long BookingId, TrainingSlot? Slot);
