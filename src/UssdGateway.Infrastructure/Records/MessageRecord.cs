namespace UssdGateway.Infrastructure.Records;

/// <summary>An SMS in the inbox (<c>in</c>) or the outbox (<c>out</c>): who, what, its status and the error or outcome.</summary>
public sealed record MessageRecord(string Direction, long Id, string Phone, string Text, string Status, DateTimeOffset At, string? Detail);
