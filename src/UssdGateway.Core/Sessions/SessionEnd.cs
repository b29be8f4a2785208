namespace UssdGateway.Core.Sessions;

/// <summary>How a session ended, as the telco's end-of-session notification tells it.</summary>
/// <param name="Status"><c>Success</c>, <c>Incomplete</c> or <c>Failed</c> (others kept as sent).</param>
public sealed record SessionEnd(
    string Provider,
    string SessionId,
    string? Phone,
    string? ServiceCode,
    string? NetworkCode,
    string Status,
    long? DurationMilliseconds,
    int? Hops,
    string? Cost,
    string? ErrorMessage,
    DateTimeOffset? EndedAt,
    DateTimeOffset ReceivedAt);
