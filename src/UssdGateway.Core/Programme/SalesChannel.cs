namespace UssdGateway.Core.Programme;

/// <summary>How a sales report reached the programme.</summary>
public enum SalesChannel
{
    Ussd,
    Sms,
    Staff,
}
