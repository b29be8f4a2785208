namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// An outbox row this dispatcher won (status now <c>sending</c>); <see cref="IsTest"/> is 1 for test traffic (log sender
/// only); <see cref="Kind"/> is <c>essential</c> or <c>non_essential</c>.
/// </summary>
internal sealed record ClaimedSms(long Id, string Recipient, string Text, long Segments, long Attempts, long IsTest, string Kind)
{
    public bool IsEssential => Kind == "essential";
}
