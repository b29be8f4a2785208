using Microsoft.Extensions.Logging;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Sms;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>The embedded default's provider: writes the message to the log and calls it sent. Used only when no real provider is configured.</summary>
public sealed partial class LogSmsSender(ILogger<LogSmsSender> logger) : ISmsSender
{
    public const string Name = "log";

    public string Provider => Name;

    public bool IsConfigured => true;

    public Task<SmsSendResult> SendAsync(string recipientE164, string text, CancellationToken cancellationToken = default)
    {
        LogSms(logger, PhoneMask.Mask(recipientE164), text);
        return Task.FromResult(SmsSendResult.Accepted("log-" + Guid.NewGuid().ToString("N")));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {Recipient} (log provider, not sent): {Text}")]
    private static partial void LogSms(ILogger logger, string recipient, string text);
}
