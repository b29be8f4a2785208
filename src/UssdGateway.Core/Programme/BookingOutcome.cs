namespace UssdGateway.Core.Programme;

public enum BookingOutcome
{
    /// <summary>A place was taken.</summary>
    Booked,

    /// <summary>The beneficiary already holds a place in this session; nothing written.</summary>
    AlreadyBooked,

    /// <summary>No place left (it may have filled up between the list and the choice).</summary>
    Full,

    /// <summary>The session is cancelled or has already started.</summary>
    NotOpen,

    /// <summary>No such session.</summary>
    SessionNotFound,

    /// <summary>No such beneficiary.</summary>
    BeneficiaryNotFound,
}
