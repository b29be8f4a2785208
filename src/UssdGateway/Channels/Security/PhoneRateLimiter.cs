using System.Collections.Concurrent;

namespace UssdGateway.Channels.Security;

/// <summary>
/// At most <c>perMinute</c> messages per phone number in a one-minute window that starts at the number's first message,
/// in this process's memory (each instance counts its own), on <see cref="TimeProvider"/>'s clock. Windows that ended are
/// swept at most once a minute, so memory follows the numbers seen in the last minute. <c>perMinute</c> 0: no limit.
/// </summary>
public sealed class PhoneRateLimiter(int perMinute, TimeProvider time)
{
    private static readonly long WindowTicks = TimeSpan.TicksPerMinute;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _lastSweep = time.GetUtcNow().UtcTicks;

    public int PerMinute => perMinute;

    public RateDecision Acquire(string phone)
    {
        if (perMinute <= 0) return RateDecision.Allowed;
        var now = time.GetUtcNow().UtcTicks;
        Sweep(now);
        var window = _windows.GetOrAdd(phone, static (_, start) => new Window(start), now);
        lock (window)
        {
            if (now - window.Start >= WindowTicks)
            {
                window.Start = now;
                window.Count = 0;
            }
            if (window.Count < int.MaxValue) window.Count++;
            if (window.Count <= perMinute) return RateDecision.Allowed;
            return window.Count == perMinute + 1 ? RateDecision.FirstRefused : RateDecision.Refused;
        }
    }

    private void Sweep(long now)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (now - last < WindowTicks || Interlocked.CompareExchange(ref _lastSweep, now, last) != last) return;
        foreach (var (phone, window) in _windows)
        {
            bool ended;
            lock (window) ended = now - window.Start >= WindowTicks;
            if (ended) _windows.TryRemove(new KeyValuePair<string, Window>(phone, window));
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; set; } = start;

        public int Count { get; set; }
    }
}
