namespace UssdGateway.Core.Sessions;

/// <summary>
/// Where sessions live between hops: Redis (production, shared by instances) or in-process (embedded default).
/// At most one round trip to load and one to save; a save is a compare-and-set on <see cref="UssdSession.Version"/>
/// and carries the phone's resume snapshot in the same round trip.
/// </summary>
public interface ISessionStore
{
    /// <summary>The session stored under <paramref name="key"/> (see <see cref="UssdSession.KeyFor"/>), or null.</summary>
    ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the session under its key if the stored one still has version <see cref="SessionWrite.ExpectedVersion"/>
    /// (0: none stored), with <see cref="UssdSession.Version"/> already set to the new version by the caller; and writes
    /// or deletes the resume snapshot as <paramref name="write"/> says. False, and nothing written, when another hop
    /// saved first.
    /// </summary>
    ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The resume snapshot under <paramref name="resumeKey"/> (see <see cref="UssdSession.ResumeKeyFor"/>), or null.</summary>
    ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default);

    ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default);

    /// <summary>Round-trip check for readiness reports; never throws.</summary>
    ValueTask<bool> PingAsync(CancellationToken cancellationToken = default);
}
