using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Runs the <see cref="SmsInboxProcessor"/> in the host: at once when a message is stored here, else every poll interval.</summary>
public sealed partial class SmsInboxProcessorService(
    SmsInboxProcessor processor, SmsInboxSignal signal, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsInboxProcessorService> logger)
    : SignalledWorker(signal, time)
{
    protected override bool Enabled => options.Value.Inbox.Enabled;

    protected override TimeSpan PollInterval => options.Value.Inbox.PollInterval;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => processor.ProcessReceivedAsync(cancellationToken);

    protected override void LogFailure(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound SMS processing failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
