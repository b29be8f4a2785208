using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Sms;

/// <summary>
/// An inbound SMS as a command. <see cref="Keyword"/> is the keyword as the file writes it (normalized) and
/// <see cref="Language"/> the language the file gives it (null for words of no one language, e.g. Twilio's).
/// For <see cref="SmsCommandKind.Sales"/> and <see cref="SmsCommandKind.Correct"/>: <see cref="Amount"/> is the whole figure
/// read as one amount (<c>VENTE 150 000</c>), null when it cannot be; <see cref="Choice"/> and <see cref="ChoiceAmount"/> are
/// the other reading, a cooperative number then an amount (<c>VENTE 2 150000</c>), when the words allow it; the handler picks
/// the reading from how many cooperatives the sender leads. <see cref="Month"/> is the month resolved (the last month when
/// none is written). <see cref="Argument"/> is the name of <see cref="SmsCommandKind.Register"/> (as typed) or the PIN of
/// <see cref="SmsCommandKind.Balance"/>.
/// </summary>
public sealed record SmsCommand(
    SmsCommandKind Kind,
    string Keyword = "",
    long? Amount = null,
    int? Choice = null,
    long? ChoiceAmount = null,
    SalesMonth? Month = null,
    string? Language = null,
    string? Argument = null)
{
    public static readonly SmsCommand Unknown = new(SmsCommandKind.Unknown);
}
