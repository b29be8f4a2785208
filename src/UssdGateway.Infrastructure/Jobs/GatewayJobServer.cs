using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Telemetry;
using UssdGateway.Infrastructure.Observability;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// The Hangfire server of this process, when <see cref="JobsOptions.RunServer"/> is on: workers, the scheduler of
/// delayed and recurring jobs, heartbeats. Its activator and storage are this host's, so several hosts in one process
/// (tests) do not share Hangfire's global state. On stop, running jobs are cancelled and awaited.
/// </summary>
internal sealed class GatewayJobServer(
    JobStorage storage, IServiceScopeFactory scopes, IOptions<JobsOptions> options, GatewayTelemetry telemetry) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.RunServer) return Task.CompletedTask;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = $"ussdgateway:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}",
            WorkerCount = Math.Max(1, settings.WorkerCount),
            Queues = settings.EffectiveQueues(),
            Activator = new ServiceProviderJobActivator(scopes),
            FilterProvider = JobTelemetryFilter.ProviderFor(telemetry), // job durations, this server only
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            StopTimeout = TimeSpan.Zero, // on stop, running jobs see their cancellation at once (the dispatcher finishes the message in hand)
            ShutdownTimeout = TimeSpan.FromSeconds(15),
        }, storage);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _server?.Dispose();
}
