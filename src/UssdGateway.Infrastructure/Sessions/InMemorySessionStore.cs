using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Sessions and resume snapshots in this process (the embedded default, one instance only), with the same
/// semantics as Redis: the stored bytes of <see cref="StoredSession"/> (a caller never shares a mutable session
/// with the store), a compare-and-set on the version, and the session and its resume snapshot written together.
/// Reads take no lock; writes take one short lock (no serialising inside it). Expired entries count as absent,
/// are dropped when read and by a sweep every <see cref="SweepInterval"/> (a <see cref="TimeProvider"/> timer),
/// so abandoned sessions do not pile up.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore, IDisposable
{
    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _resumes = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private readonly TimeProvider _time;
    private readonly ITimer _sweepTimer;

    public InMemorySessionStore(TimeProvider time)
        : this(time, DefaultSweepInterval)
    {
    }

    public InMemorySessionStore(TimeProvider time, TimeSpan sweepInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sweepInterval, TimeSpan.Zero);
        _time = time;
        SweepInterval = sweepInterval;
        _sweepTimer = time.CreateTimer(static state => ((InMemorySessionStore)state!).Sweep(), this, sweepInterval, sweepInterval);
    }

    public TimeSpan SweepInterval { get; }

    /// <summary>Sessions and resume snapshots held, expired or not (for tests and diagnostics).</summary>
    internal int Count => _sessions.Count + _resumes.Count;

    public ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(_sessions, key));

    public ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default)
    {
        SessionWrites.Validate(session, write);
        var data = StoredSession.Write(session);
        var key = session.Key;
        lock (_writeLock)
        {
            var now = _time.GetUtcNow();
            var storedVersion = _sessions.TryGetValue(key, out var current) && current.ExpiresAt > now ? current.Version : 0;
            if (storedVersion != write.ExpectedVersion) return ValueTask.FromResult(false);

            _sessions[key] = new Entry(data, session.Version, now + write.Ttl);
            switch (write.Resume)
            {
                case ResumeAction.Save:
                    _resumes[write.ResumeKey] = new Entry(data, session.Version, now + write.ResumeTtl);
                    break;
                case ResumeAction.Delete:
                    _resumes.TryRemove(write.ResumeKey, out _);
                    break;
            }
        }
        return ValueTask.FromResult(true);
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_writeLock) _sessions.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(_resumes, resumeKey));

    public ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default)
    {
        lock (_writeLock) _resumes.TryRemove(resumeKey, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

    /// <summary>Drops every expired entry; one pass over the keys.</summary>
    internal void Sweep()
    {
        var now = _time.GetUtcNow();
        Sweep(_sessions, now);
        Sweep(_resumes, now);
    }

    public void Dispose() => _sweepTimer.Dispose();

    private UssdSession? Read(ConcurrentDictionary<string, Entry> entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry)) return null;
        if (entry.ExpiresAt <= _time.GetUtcNow())
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)); // only if not replaced meanwhile
            return null;
        }
        return StoredSession.Read(entry.Data);
    }

    private static void Sweep(ConcurrentDictionary<string, Entry> entries, DateTimeOffset now)
    {
        foreach (var pair in entries)
        {
            if (pair.Value.ExpiresAt <= now) entries.TryRemove(pair); // only if not replaced meanwhile
        }
    }

    private sealed record Entry(byte[] Data, long Version, DateTimeOffset ExpiresAt);
}
