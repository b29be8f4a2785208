using System.ComponentModel;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// <c>sales-report-nudges</c>: on the nudge days, the leaders asked for last month's sales (on the late day only those
/// who have not reported). Each is written once however often the job runs.
/// </summary>
public sealed class SalesReportNudgesJob(NoticePlanner planner, NoticeWriter writer, TimeProvider time)
{
    public const string RecurringId = "sales-report-nudges";

    [DisplayName("Sales report nudges")]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await writer.WriteDueAsync(await planner.SalesNudgesAsync(BamakoTime.Today(time), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
