using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>
/// An inbound SMS as a command. For <see cref="SmsCommandKind.Sales"/>: <see cref="Amount"/> is the whole figure read as
/// one amount (<c>VENTE 150 000</c>), null when it cannot be; <see cref="Choice"/> and <see cref="ChoiceAmount"/> are the
/// other reading, a cooperative number then an amount (<c>VENTE 2 150000</c>), when the words allow it. The handler picks
/// the reading from how many cooperatives the sender leads. <see cref="Month"/> is null for the current month.
/// </summary>
public sealed record SmsCommand(
    SmsCommandKind Kind,
    string Keyword = "",
    long? Amount = null,
    int? Choice = null,
    long? ChoiceAmount = null,
    SalesMonth? Month = null)
{
    public static readonly SmsCommand Unknown = new(SmsCommandKind.Unknown);
}
