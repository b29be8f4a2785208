using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Runs the <see cref="SmsDispatcher"/> in the host: at once when a message is enqueued here, else every poll interval.</summary>
public sealed partial class SmsDispatcherService(
    SmsDispatcher dispatcher, SmsOutboxSignal signal, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatch.Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false) > 0)
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
                LogFailed(logger, e); // the database away for a moment: try again at the next wake-up
            }
            try
            {
                await signal.WaitAsync(options.Value.Dispatch.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS dispatch failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
