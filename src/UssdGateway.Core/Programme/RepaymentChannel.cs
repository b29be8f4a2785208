namespace UssdGateway.Core.Programme;

/// <summary>How a repayment was made.</summary>
public enum RepaymentChannel
{
    MobileMoney,
    Cash,
    Bank,
    Ussd,
    Sms,
    Staff,
}
