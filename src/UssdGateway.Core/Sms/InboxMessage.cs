namespace UssdGateway.Core.Sms;

/// <summary>A stored inbound SMS waiting to be processed (status <c>received</c>): its inbox id, valid sender and text.</summary>
public sealed record InboxMessage(long Id, string FromE164, string Text, bool IsTest);
