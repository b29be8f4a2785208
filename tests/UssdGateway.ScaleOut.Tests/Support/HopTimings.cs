using System.Collections.Concurrent;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>Hop latencies seen by the callers.</summary>
internal sealed class HopTimings
{
    private readonly ConcurrentQueue<double> _milliseconds = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Record(TimeSpan latency)
    {
        _milliseconds.Enqueue(latency.TotalMilliseconds);
        Interlocked.Increment(ref _count);
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.OrderBy(x => x).ToArray();
        if (sorted.Length == 0) return 0;
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => _milliseconds.IsEmpty ? 0 : _milliseconds.Max();
}
