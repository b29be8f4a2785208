namespace UssdGateway.Core.Sessions;

/// <summary>
/// Where sessions live between hops. At most one round trip to load and one to save.
/// Implementations: Redis (production, shared by instances) and in-process (embedded default).
/// </summary>
public interface ISessionStore
{
    /// <summary>The session stored under <paramref name="key"/> (see <see cref="UssdSession.KeyFor"/>), or null.</summary>
    ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the session under its key, replacing what was there, expiring after <paramref name="ttl"/>.</summary>
    ValueTask SaveAsync(UssdSession session, TimeSpan ttl, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Round-trip check for readiness reports; never throws.</summary>
    ValueTask<bool> PingAsync(CancellationToken cancellationToken = default);
}
