namespace UssdGateway.Core.Programme;

public enum CancelBookingOutcome
{
    /// <summary>The place is freed.</summary>
    Cancelled,

    /// <summary>The beneficiary holds no active booking in this session.</summary>
    NotBooked,

    /// <summary>The session has started: too late to cancel.</summary>
    AlreadyStarted,
}
