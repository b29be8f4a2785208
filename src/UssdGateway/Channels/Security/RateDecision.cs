namespace UssdGateway.Channels.Security;

/// <summary>What a <see cref="PhoneRateLimiter"/> says of one more message from a number.</summary>
public enum RateDecision
{
    Allowed,

    /// <summary>Over the limit, and the first such in this window (worth one log line).</summary>
    FirstRefused,

    /// <summary>Over the limit again in the same window.</summary>
    Refused,
}
