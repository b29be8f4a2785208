using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Support;

/// <summary>A session store that keeps the serialised bytes, as a real store would, and can be made to fail.</summary>
internal sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, byte[]> _sessions = new(StringComparer.Ordinal);

    public bool FailOnGet { get; set; }

    public bool FailOnSave { get; set; }

    public int Saves { get; private set; }

    public TimeSpan? LastTtl { get; private set; }

    public UssdSession? Peek(string provider, string sessionId) =>
        _sessions.TryGetValue(UssdSession.KeyFor(provider, sessionId), out var bytes) ? SessionSerializer.Deserialize(bytes) : null;

    public ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (FailOnGet) throw new IOException("session store unreachable");
        return ValueTask.FromResult(_sessions.TryGetValue(key, out var bytes) ? SessionSerializer.Deserialize(bytes) : null);
    }

    public ValueTask SaveAsync(UssdSession session, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        if (FailOnSave) throw new IOException("session store unreachable");
        _sessions[session.Key] = SessionSerializer.Serialize(session);
        Saves++;
        LastTtl = ttl;
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _sessions.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(!FailOnGet);
}
