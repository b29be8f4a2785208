namespace UssdGateway.Core.Sms;

/// <summary>At most one help reply per number per hour (never a reply loop with another automaton).</summary>
public interface ISmsHelpThrottle
{
    /// <summary>True when a help reply was queued to the number in the hour before <paramref name="now"/>.</summary>
    Task<bool> HelpSentSinceAsync(string phoneE164, DateTimeOffset since, CancellationToken cancellationToken = default);
}
