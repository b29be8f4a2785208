using System.ComponentModel;
using Hangfire;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The Hangfire job that reads stored inbound SMS (keywords, replies). Enqueued when a webhook stores a message in any
/// instance, and every minute as <c>sms-inbox</c>. Running it twice handles each message once (rows are claimed).
/// </summary>
public sealed class SmsInboxJob(SmsInboxProcessor processor)
{
    public const string RecurringId = "sms-inbox";

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Process inbound SMS")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await processor.ProcessReceivedAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            // a full batch may leave more
        }
    }
}
