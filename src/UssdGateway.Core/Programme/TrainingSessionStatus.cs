namespace UssdGateway.Core.Programme;

/// <summary>A training session's state; a moved session keeps its bookings at its new date.</summary>
public enum TrainingSessionStatus
{
    Scheduled,
    Moved,
    Cancelled,
}
