namespace UssdGateway.Api.Sessions;

/// <summary>A session's new start (ISO 8601, Bamako time is UTC) and, optionally, its new place.</summary>
public sealed record SessionMoveBody(DateTimeOffset? StartsAt, string? Place);

/// <summary>What a move or cancellation did: how many booked people were told.</summary>
public sealed record SessionChangeResult(long SessionId, string Change, int Told);
