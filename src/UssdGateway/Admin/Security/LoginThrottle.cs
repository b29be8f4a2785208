using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace UssdGateway.Admin.Security;

/// <summary>
/// Counts failed sign-ins per user name and per client address in memory (one instance per process): past the limit
/// within the window, the name or address is locked for a while, before any password is checked. Times come from
/// <see cref="TimeProvider"/>. Behind several instances each counts its own tries: the limit is per instance.
/// </summary>
public sealed class LoginThrottle
{
    private const int PruneAbove = 10_000;

    private readonly TimeProvider _time;
    private readonly ConsoleSecurityOptions _options;
    private readonly ConcurrentDictionary<string, Tries> _tries = new(StringComparer.Ordinal);

    public LoginThrottle(TimeProvider time, IOptions<ConsoleSecurityOptions> options)
    {
        _time = time;
        _options = options.Value;
    }

    /// <summary>How long the user name or address stays locked; null when a sign-in may be tried.</summary>
    public TimeSpan? LockedFor(string address, string username)
    {
        var now = _time.GetUtcNow();
        var longest = new[] { Get(AddressKey(address)), Get(UsernameKey(username)) }
            .Select(t => t?.LockedUntil(now))
            .Where(until => until is not null)
            .Max();
        return longest is { } until ? until - now : null;
    }

    public void RecordFailure(string address, string username)
    {
        var now = _time.GetUtcNow();
        if (_tries.Count > PruneAbove) Prune(now);
        _tries.GetOrAdd(AddressKey(address), _ => new Tries()).Fail(now, _options.FailureWindow, _options.MaxFailuresPerAddress, _options.LockoutDuration);
        _tries.GetOrAdd(UsernameKey(username), _ => new Tries()).Fail(now, _options.FailureWindow, _options.MaxFailuresPerUsername, _options.LockoutDuration);
    }

    /// <summary>A right password forgets the user name's failures (not the address's: one good account does not hide guessing).</summary>
    public void RecordSuccess(string username) => _tries.TryRemove(UsernameKey(username), out _);

    private Tries? Get(string key) => _tries.TryGetValue(key, out var tries) ? tries : null;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, tries) in _tries)
            if (tries.IsIdle(now, _options.FailureWindow)) _tries.TryRemove(key, out _);
    }

    private static string AddressKey(string address) => "ip:" + address;

    private static string UsernameKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private sealed class Tries
    {
        private readonly Queue<DateTimeOffset> _failures = new();
        private DateTimeOffset? _lockedUntil;

        public DateTimeOffset? LockedUntil(DateTimeOffset now)
        {
            lock (_failures) return _lockedUntil > now ? _lockedUntil : null;
        }

        public void Fail(DateTimeOffset now, TimeSpan window, int max, TimeSpan lockout)
        {
            lock (_failures)
            {
                while (_failures.Count > 0 && _failures.Peek() <= now - window) _failures.Dequeue();
                _failures.Enqueue(now);
                if (_failures.Count < max) return;
                _lockedUntil = now + lockout;
                _failures.Clear();
            }
        }

        public bool IsIdle(DateTimeOffset now, TimeSpan window)
        {
            lock (_failures)
                return !(_lockedUntil > now) && (_failures.Count == 0 || _failures.Last() <= now - window);
        }
    }
}
