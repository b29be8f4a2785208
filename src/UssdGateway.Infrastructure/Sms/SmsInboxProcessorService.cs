using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Runs the <see cref="SmsInboxProcessor"/> in the host: at once when a message is stored here, else every poll interval.</summary>
public sealed partial class SmsInboxProcessorService(
    SmsInboxProcessor processor, SmsInboxSignal signal, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsInboxProcessorService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Inbox.Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await processor.ProcessReceivedAsync(stoppingToken).ConfigureAwait(false) > 0)
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
                await signal.WaitAsync(options.Value.Inbox.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound SMS processing failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
