using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>A repayment: amount (XOF), day paid (yyyy-MM-dd, not in the future), channel (mobile_money, cash, bank), reference (unique).</summary>
public sealed record RepaymentBody(long? AmountXof, DateOnly? PaidOn, string? Channel, string? Reference)
{
    public (NewRepayment? Repayment, string Problem) ToRepayment(long loanId, DateOnly today)
    {
        if (AmountXof is not { } amount || amount < 1 || amount > Xof.Max) return (null, $"amountXof must be from 1 to {Xof.Max}");
        var paidOn = PaidOn ?? today;
        if (paidOn > today) return (null, "paidOn cannot be in the future");
        RepaymentChannel? channel = Channel switch
        {
            "mobile_money" => RepaymentChannel.MobileMoney,
            "cash" or null => RepaymentChannel.Cash,
            "bank" => RepaymentChannel.Bank,
            _ => null,
        };
        if (channel is null) return (null, "channel must be mobile_money, cash or bank");
        if (string.IsNullOrWhiteSpace(Reference)) return (null, "reference is needed (the receipt or transaction id)");
        return (new NewRepayment(loanId, amount, paidOn, channel.Value, Reference.Trim()), "");
    }
}
