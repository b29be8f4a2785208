namespace UssdGateway.Infrastructure.Sms;

/// <summary>A row of <c>sms_inbox</c> as staff tools show it: what came in, from whom, and what processing made of it.</summary>
public sealed record InboxEntry(
    long Id, string Provider, string From, DateTimeOffset ReceivedAt, string Status, string? Outcome, string? Error, string Text);
