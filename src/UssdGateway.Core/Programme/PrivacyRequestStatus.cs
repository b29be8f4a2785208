namespace UssdGateway.Core.Programme;

public enum PrivacyRequestStatus
{
    Pending,
    Done,
    Refused,
}
