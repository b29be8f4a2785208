namespace UssdGateway.Core.Broadcasts;

/// <summary>A sent broadcast and where its messages stand (outbox status → count).</summary>
public sealed record BroadcastStatus(
    long Id, BroadcastAudience Audience, int Recipients, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyDictionary<string, int> Messages);
