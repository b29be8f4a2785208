namespace UssdGateway.Infrastructure.Records;

/// <summary>The two message lists: received SMS (<see cref="In"/>) and SMS to send or sent (<see cref="Out"/>).</summary>
public static class MessageDirection
{
    public const string In = "in";
    public const string Out = "out";

    /// <summary>The statuses each list may be filtered by.</summary>
    public static IReadOnlyList<string> StatusesOf(string direction) => direction == In
        ? ["received", "processed", "failed", "ignored"]
        : ["queued", "sending", "sent", "delivered", "failed", "unknown"];
}
