using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using UssdGateway.Core.Telemetry;
using UssdGateway.Infrastructure.Observability;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Observability;

public static class ObservabilityHostingExtensions
{
    /// <summary>The standard variable that switches the OTLP trace exporter on (e.g. a collector's address).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Metrics (the <c>UssdGateway</c> meter, ASP.NET Core, HttpClient, runtime) for the Prometheus exporter; traces
    /// (the <c>UssdGateway</c> source, ASP.NET Core, HttpClient, SqlClient, and Redis when configured), sent by OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the gauges and spans of the infrastructure; JSON console logs as
    /// <c>Logging:Format</c> says. Call after the gateway's stores are registered.
    /// </summary>
    public static WebApplicationBuilder AddGatewayObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (JsonLogging.IsWanted(configuration, builder.Environment)) builder.Logging.AddGatewayJsonConsole();
        builder.Services.AddGatewayTelemetryServices(configuration);
        var metricsPath = configuration[MetricsOptions.SectionName + ":" + nameof(MetricsOptions.Path)] is { Length: > 0 } path ? path : "/metrics";
        var usesRedis = !string.IsNullOrWhiteSpace(configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ussdgateway"))
            .WithMetrics(metrics => metrics
                .AddMeter(GatewayTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing =>
            {
                tracing.AddSource(GatewayTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsMonitoring(context.Request.Path, metricsPath))
                    .AddHttpClientInstrumentation()
                    .AddSqlClientInstrumentation();
                if (usesRedis) tracing.AddRedisInstrumentation();
                if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey])) tracing.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>Scrapes and health probes are not traced (they would drown the webhooks' traces).</summary>
    private static bool IsMonitoring(PathString path, string metricsPath) =>
        path.StartsWithSegments(metricsPath) || path.StartsWithSegments("/health");
}
