using System.Collections.Concurrent;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>Hop latencies seen by the callers, and a signal when a given number of hops has been answered.</summary>
internal sealed class HopTimings
{
    private readonly ConcurrentQueue<double> _milliseconds = new();
    private readonly int _signalAt;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public HopTimings(int signalAt) => _signalAt = signalAt;

    /// <summary>Completes once <c>signalAt</c> hops have been answered.</summary>
    public Task Reached => _reached.Task;

    public int Count => Volatile.Read(ref _count);

    public void Record(TimeSpan latency)
    {
        _milliseconds.Enqueue(latency.TotalMilliseconds);
        if (Interlocked.Increment(ref _count) == _signalAt) _reached.TrySetResult();
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.OrderBy(x => x).ToArray();
        if (sorted.Length == 0) return 0;
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => _milliseconds.IsEmpty ? 0 : _milliseconds.Max();
}
