using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace UssdGateway.Tests.Observability;

/// <summary>One collection of the in-memory metric exporter, read by instrument name and tags.</summary>
public sealed class MetricReadings(IReadOnlyList<MetricSnapshot> snapshots)
{
    /// <summary>Collects now (<see cref="MeterProvider.ForceFlush"/>: the in-memory reader exports) and keeps only this collection's snapshots.</summary>
    public static MetricReadings Collect(MeterProvider provider, LockedCollection<MetricSnapshot> exported)
    {
        exported.Clear();
        provider.ForceFlush(); // false in the web host: the Prometheus reader only collects when scraped
        return new MetricReadings(exported.Snapshot());
    }

    /// <summary>The counter's total over the points carrying every given tag.</summary>
    public long Sum(string name, params (string Key, string Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetSumLong());

    /// <summary>How many measurements the histogram holds over the points carrying every given tag.</summary>
    public long Count(string name, params (string Key, string Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetHistogramCount());

    /// <summary>The tag values seen under <paramref name="key"/> on the instrument's points.</summary>
    public IReadOnlyList<string> Values(string name, string key) =>
        [.. Points(name, []).Select(p => Tag(p, key)).OfType<string>().Distinct()];

    private IEnumerable<MetricPoint> Points(string name, (string Key, string Value)[] tags)
    {
        foreach (var snapshot in snapshots.Where(s => s.Name == name))
        {
            foreach (var point in snapshot.MetricPoints)
            {
                if (tags.All(t => Tag(point, t.Key) == t.Value)) yield return point;
            }
        }
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key) return tag.Value?.ToString();
        }
        return null;
    }
}
