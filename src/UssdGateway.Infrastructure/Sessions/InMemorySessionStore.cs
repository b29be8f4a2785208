using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Sessions in this process (the embedded default, one instance only). Stores the serialised bytes, as Redis
/// does, so a caller never shares a mutable session with the store. Expired entries are dropped when read
/// and by a sweep every <see cref="SweepInterval"/> (a <see cref="TimeProvider"/> timer), so abandoned
/// sessions do not pile up.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore, IDisposable
{
    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
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

    /// <summary>Entries held, expired or not (for tests and diagnostics).</summary>
    internal int Count => _entries.Count;

    public ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!_entries.TryGetValue(key, out var entry)) return ValueTask.FromResult<UssdSession?>(null);
        if (entry.ExpiresAt <= _time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry)); // only if not replaced meanwhile
            return ValueTask.FromResult<UssdSession?>(null);
        }
        return ValueTask.FromResult(SessionSerializer.Deserialize(entry.Data));
    }

    public ValueTask SaveAsync(UssdSession session, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
        _entries[session.Key] = new Entry(SessionSerializer.Serialize(session), _time.GetUtcNow() + ttl);
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(true);

    /// <summary>Drops every expired entry; one pass over the keys.</summary>
    internal void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now) _entries.TryRemove(pair);
        }
    }

    public void Dispose() => _sweepTimer.Dispose();

    private sealed record Entry(byte[] Data, DateTimeOffset ExpiresAt);
}
