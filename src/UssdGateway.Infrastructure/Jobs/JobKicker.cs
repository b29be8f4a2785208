using System.Linq.Expressions;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// Turns a <see cref="WakeUpSignal"/> into a Hangfire job: when work arrives in this process (a message queued, an
/// SMS stored), one job is enqueued for it; notifications arriving before that enqueue share it. Runs on every
/// instance (a web-only one hands the work to the instances running a job server); the job's recurring sweep
/// catches anything a lost kick missed.
/// </summary>
public sealed partial class JobKicker<TJob>(
    WakeUpSignal signal, IBackgroundJobClient jobs, Expression<Func<TJob, Task>> call, TimeProvider time, ILogger logger)
    : SignalledWorker(signal, time)
{
    protected override bool Enabled => true;

    protected override TimeSpan PollInterval => Timeout.InfiniteTimeSpan;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue(call);
        return Task.FromResult(0);
    }

    protected override void LogFailure(Exception exception) => LogFailed(logger, typeof(TJob).Name, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue {Job}: the recurring sweep will run it")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
