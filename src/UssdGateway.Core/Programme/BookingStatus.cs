namespace UssdGateway.Core.Programme;

public enum BookingStatus
{
    Booked,
    Cancelled,
}
