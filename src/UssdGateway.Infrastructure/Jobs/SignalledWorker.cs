using Microsoft.Extensions.Hosting;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// A background loop that runs its work until nothing is left, then waits for its <see cref="WakeUpSignal"/> or the
/// poll interval; a failure (the database away for a moment) is logged and tried again at the next wake-up.
/// </summary>
public abstract class SignalledWorker(WakeUpSignal signal, TimeProvider time) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>Does one batch of work; how many items it handled (0: nothing left).</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected abstract void LogFailure(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    // a full batch may leave more: go again before waiting
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailure(e);
            }
            try
            {
                await signal.WaitAsync(PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
