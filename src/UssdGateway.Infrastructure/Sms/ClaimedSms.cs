namespace UssdGateway.Infrastructure.Sms;

/// <summary>An outbox row this dispatcher won (status now <c>sending</c>).</summary>
internal sealed record ClaimedSms(long Id, string Recipient, string Text, long Segments, long Attempts);
