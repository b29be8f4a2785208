using Microsoft.Extensions.Options;
using UssdGateway.Infrastructure.Observability;

namespace UssdGateway.Observability;

public static class MetricsEndpoint
{
    /// <summary>
    /// <c>GET /metrics</c> (<c>Metrics:Path</c>) in Prometheus text format, only with <c>Authorization: Bearer
    /// &lt;Metrics:Token&gt;</c> (401 otherwise). Without a token configured it is not mapped at all (404).
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.Token)) return app;
        app.MapPrometheusScrapingEndpoint(options.Path, meterProvider: null,
            configureBranchedPipeline: pipeline => pipeline.Use(MetricsTokenGate.For(options.Token.Trim())), optionsName: null);
        return app;
    }
}
