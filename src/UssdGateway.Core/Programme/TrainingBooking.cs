namespace UssdGateway.Core.Programme;

/// <summary>A beneficiary's booking and the session it holds a place in.</summary>
public sealed record TrainingBooking(
    long Id,
    long SessionId,
    long BeneficiaryId,
    BookingStatus Status,
    DateTimeOffset BookedAt,
    DateTimeOffset? CancelledAt,
    TrainingSlot Slot);
