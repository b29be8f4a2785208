using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Observability;

/// <summary>
/// The real web host with OpenTelemetry's in-memory exporters added to its own meter and tracer providers: what the
/// host measured and traced, read back in the test.
/// </summary>
public sealed class ObservedGateway : IAsyncDisposable
{
    private readonly LockedCollection<MetricSnapshot> _metrics = new();

    public ObservedGateway(
        IDictionary<string, string?>? settings = null, string? redisConnectionString = null, Action<IServiceCollection>? configureServices = null)
    {
        Factory = new GatewayFactory
        {
            RedisConnectionString = redisConnectionString,
            Settings = settings ?? new Dictionary<string, string?>(),
            ConfigureTestServices = services =>
            {
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Activities));
                configureServices?.Invoke(services);
            },
        };
    }

    public GatewayFactory Factory { get; }

    /// <summary>Spans ended so far (any thread).</summary>
    public LockedCollection<Activity> Activities { get; } = new();

    public MetricReadings CollectMetrics() =>
        MetricReadings.Collect(Factory.Services.GetRequiredService<MeterProvider>(), _metrics);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
