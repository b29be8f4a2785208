using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Runs the <see cref="SmsDispatcher"/> in the host: at once when a message is enqueued here, else every poll interval.</summary>
public sealed partial class SmsDispatcherService(
    SmsDispatcher dispatcher, SmsOutboxSignal signal, IOptions<SmsOptions> options, TimeProvider time, ILogger<SmsDispatcherService> logger)
    : SignalledWorker(signal, time)
{
    protected override bool Enabled => options.Value.Dispatch.Enabled;

    protected override TimeSpan PollInterval => options.Value.Dispatch.PollInterval;

    protected override Task<int> RunOnceAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);

    protected override void LogFailure(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS dispatch failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
