namespace UssdGateway.Core.Sessions;

/// <summary>
/// One hop as the hop log keeps it: where the session stood after it, what kind of input came (never the
/// input itself: names and numbers are personal), how it ended and how long it took.
/// </summary>
public sealed record HopRecord(
    DateTimeOffset At,
    string Provider,
    string SessionId,
    string MenuId,
    string MenuVersion,
    string Screen,
    HopInputKind InputKind,
    HopOutcome Outcome,
    double LatencyMilliseconds,
    bool IsTest);
