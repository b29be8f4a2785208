using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Support;

/// <summary>
/// A session store that keeps the serialised bytes and honours the compare-and-set and resume contract,
/// as a real store would (no TTLs: tests move through sessions explicitly), and can be made to fail.
/// </summary>
internal sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, byte[]> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _resumes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool FailOnGet { get; set; }

    public bool FailOnSave { get; set; }

    public int Saves { get; private set; }

    public SessionWrite? LastWrite { get; private set; }

    /// <summary>Runs before each save, e.g. to let another hop save first.</summary>
    public Func<UssdSession, Task>? BeforeSave { get; set; }

    public UssdSession? Peek(string provider, string sessionId) =>
        _sessions.TryGetValue(UssdSession.KeyFor(provider, sessionId), out var bytes) ? SessionSerializer.Deserialize(bytes) : null;

    public UssdSession? PeekResume(string phone, string menuId) =>
        _resumes.TryGetValue(UssdSession.ResumeKeyFor(phone, menuId), out var bytes) ? SessionSerializer.Deserialize(bytes) : null;

    /// <summary>Forgets a session as its TTL would (a dropped call), keeping the resume snapshot.</summary>
    public void Expire(string provider, string sessionId) => _sessions.TryRemove(UssdSession.KeyFor(provider, sessionId), out _);

    /// <summary>Forgets a resume snapshot as its TTL would.</summary>
    public void ExpireResume(string phone, string menuId) => _resumes.TryRemove(UssdSession.ResumeKeyFor(phone, menuId), out _);

    public ValueTask<UssdSession?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (FailOnGet) throw new IOException("session store unreachable");
        return ValueTask.FromResult(_sessions.TryGetValue(key, out var bytes) ? SessionSerializer.Deserialize(bytes) : null);
    }

    public async ValueTask<bool> TrySaveAsync(UssdSession session, SessionWrite write, CancellationToken cancellationToken = default)
    {
        if (BeforeSave is { } before) await before(session);
        if (FailOnSave) throw new IOException("session store unreachable");
        var bytes = SessionSerializer.Serialize(session);
        lock (_lock)
        {
            var stored = _sessions.TryGetValue(session.Key, out var current) ? SessionSerializer.Deserialize(current)!.Version : 0;
            if (stored != write.ExpectedVersion) return false;
            _sessions[session.Key] = bytes;
            if (write.Resume == ResumeAction.Save) _resumes[write.ResumeKey] = bytes;
            else if (write.Resume == ResumeAction.Delete) _resumes.TryRemove(write.ResumeKey, out _);
            Saves++;
            LastWrite = write;
            return true;
        }
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _sessions.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<UssdSession?> GetResumeAsync(string resumeKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_resumes.TryGetValue(resumeKey, out var bytes) ? SessionSerializer.Deserialize(bytes) : null);

    public ValueTask DeleteResumeAsync(string resumeKey, CancellationToken cancellationToken = default)
    {
        _resumes.TryRemove(resumeKey, out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> PingAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(!FailOnGet);
}
