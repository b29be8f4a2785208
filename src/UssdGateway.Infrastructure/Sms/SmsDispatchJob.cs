using System.ComponentModel;
using Hangfire;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The Hangfire job that works the outbox: sends everything due, batch after batch. Enqueued when a message is queued
/// in any instance, and every minute as <c>sms-dispatch</c> (retries coming due, quiet hours ending, a lost kick).
/// Running it twice, or on two instances at once, sends each message once: the dispatcher claims rows one by one.
/// Not retried by Hangfire: the next run picks up whatever this one left.
/// </summary>
public sealed class SmsDispatchJob(SmsDispatcher dispatcher)
{
    public const string RecurringId = "sms-dispatch";

    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Send the SMS outbox")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await dispatcher.DispatchDueAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            // a full batch may leave more
        }
    }
}
