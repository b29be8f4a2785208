namespace UssdGateway.Core.Sms;

/// <summary>How many outgoing SMS of one provider stand at one status (<c>queued</c>, <c>sent</c>, <c>delivered</c>…).</summary>
public sealed record SmsDeliveryCount(string Provider, string Status, int Count);
