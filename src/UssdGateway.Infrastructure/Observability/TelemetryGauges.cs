using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using UssdGateway.Core.Telemetry;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>
/// Adds the observable gauges to this host's meter when the host starts: the outbox backlog, and Redis up (1/0, from the
/// shared multiplexer's connection state) only when <c>ConnectionStrings:Redis</c> is set.
/// </summary>
internal sealed class TelemetryGauges(GatewayTelemetry telemetry, OutboxBacklog backlog, IServiceProvider services, IConfiguration configuration)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        telemetry.Meter.CreateObservableGauge(GatewayMetricNames.SmsOutboxBacklog, backlog.Current,
            description: "SMS outbox messages due and not yet sent (the shared database's count, refreshed every Metrics:BacklogRefreshSeconds).");
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName)))
        {
            var redis = services.GetRequiredService<IConnectionMultiplexer>();
            telemetry.Meter.CreateObservableGauge(GatewayMetricNames.RedisUp, () => redis.IsConnected ? 1 : 0,
                description: "1 while this instance is connected to Redis, else 0.");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
