using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// Writes every <see cref="RecurringJobDefinition"/> into the job storage when the host starts, with its schedule from
/// <c>Jobs:Schedules:&lt;id&gt;</c> when set (<c>off</c> removes it). Idempotent: every instance does it, the storage keeps one of each.
/// </summary>
internal sealed class RecurringJobsRegistrar(
    IRecurringJobManager manager, IEnumerable<RecurringJobDefinition> definitions, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var definition in definitions)
        {
            var cron = options.Value.Schedules.TryGetValue(definition.Id, out var configured) && !string.IsNullOrWhiteSpace(configured)
                ? configured.Trim()
                : definition.DefaultCron;
            if (cron.Equals(JobsOptions.Off, StringComparison.OrdinalIgnoreCase))
            {
                manager.RemoveIfExists(definition.Id);
                continue;
            }
            manager.AddOrUpdate(definition.Id, definition.Job, cron, new RecurringJobOptions { TimeZone = BamakoTimeZone.Instance });
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
