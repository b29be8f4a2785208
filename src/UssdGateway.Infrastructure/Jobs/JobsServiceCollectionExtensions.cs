using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UssdGateway.Infrastructure.Observability;

namespace UssdGateway.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire in the host, without its process-wide configuration: the storage <c>Jobs:Storage</c> names (built when
    /// first needed, disposed with the host), a job client and recurring-job manager on it, the recurring jobs
    /// registered with <see cref="AddRecurringJob{TJob}"/>, and the job server when <c>Jobs:RunServer</c> is on.
    /// Add it after the host's database migration: the server starts after the hosted services added before it.
    /// </summary>
    public static IServiceCollection AddGatewayJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JobsOptions>()
            .Configure(o => configuration.GetSection(JobsOptions.SectionName).Bind(o))
            .Validate(o => o.WorkerCount >= 1, "Jobs:WorkerCount must be at least 1.")
            .Validate(o => o.QueuePollInterval > TimeSpan.Zero, "Jobs:QueuePollInterval must be positive.")
            .Validate(o => o.QueuesAreValid(), "Jobs:Queues: each queue name is lower-case letters, digits, '_' or '-' (e.g. default, instance-a).")
            .ValidateOnStart();
        services.AddGatewayTelemetry(); // job durations and spans (JobTelemetryFilter)
        HangfireLogBridge.Install(); // before any Hangfire component takes its logger
        services.AddHostedService<HangfireLogBridge>();
        services.TryAddSingleton(sp => JobStorageFactory.Create(sp, configuration));
        services.TryAddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.TryAddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        services.AddHostedService<RecurringJobsRegistrar>();
        services.AddHostedService<GatewayJobServer>();
        return services;
    }

    /// <summary>A recurring job with its default schedule (cron in Bamako time), overridable by <c>Jobs:Schedules:&lt;id&gt;</c>.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string defaultCron, Expression<Func<TJob, Task>> call)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new RecurringJobDefinition(id, defaultCron, Job.FromExpression(call)));
        return services;
    }

    /// <summary>Enqueues <paramref name="call"/> whenever <typeparamref name="TSignal"/> is notified in this process.</summary>
    public static IServiceCollection AddJobKicker<TSignal, TJob>(this IServiceCollection services, Expression<Func<TJob, Task>> call)
        where TSignal : WakeUpSignal
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IHostedService>(sp => new JobKicker<TJob>(
            sp.GetRequiredService<TSignal>(), sp.GetRequiredService<IBackgroundJobClient>(), call,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<JobKicker<TJob>>()));
        return services;
    }
}
