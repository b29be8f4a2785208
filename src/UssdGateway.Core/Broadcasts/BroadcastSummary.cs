namespace UssdGateway.Core.Broadcasts;

/// <summary>A past broadcast as listed: its audience, recipients, who sent it and when.</summary>
public sealed record BroadcastSummary(long Id, BroadcastAudience Audience, int Recipients, DateTimeOffset CreatedAt, string CreatedBy);
