using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Telemetry;

namespace UssdGateway.Infrastructure.Observability;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The gateway's <see cref="GatewayTelemetry"/> on the host's meter factory (idempotent).</summary>
    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new GatewayTelemetry(sp.GetService<IMeterFactory>()));
        return services;
    }

    /// <summary>
    /// What a serving host measures beyond the counters: the outbox backlog and Redis gauges, spans around session
    /// loads and saves, counted end-of-session notifications. Call after the stores are registered.
    /// </summary>
    public static IServiceCollection AddGatewayTelemetryServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddGatewayTelemetry();
        services.AddOptions<MetricsOptions>()
            .Configure(o => configuration.GetSection(MetricsOptions.SectionName).Bind(o))
            .Validate(o => o.BacklogRefreshSeconds >= 0, "Metrics:BacklogRefreshSeconds must not be negative.")
            .Validate(o => o.Path.StartsWith('/'), "Metrics:Path must start with '/'.");
        services.TryAddSingleton<OutboxBacklog>();
        services.AddHostedService<TelemetryGauges>();
        services.Decorate<ISessionStore>((inner, _) => new TracedSessionStore(inner));
        services.Decorate<ISessionEndLog>((inner, sp) => new CountedSessionEndLog(inner, sp.GetRequiredService<GatewayTelemetry>()));
        return services;
    }
}
