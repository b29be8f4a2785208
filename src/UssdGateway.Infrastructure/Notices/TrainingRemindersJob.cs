using System.ComponentModel;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// <c>training-reminders</c>: today's due session reminders (the eve of a session, the morning of it) into the outbox.
/// Safe to run often and on several instances: each reminder is written once.
/// </summary>
public sealed class TrainingRemindersJob(NoticePlanner planner, NoticeWriter writer, TimeProvider time)
{
    public const string RecurringId = "training-reminders";

    [DisplayName("Training reminders")]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await writer.WriteDueAsync(await planner.TrainingRemindersAsync(BamakoTime.Today(time), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
