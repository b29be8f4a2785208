using System.ComponentModel;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>
/// <c>loan-repayment-notices</c>: today's due repayment notices (before, on and after an instalment's date, while
/// something is left to pay) into the outbox. Each is written once however often the job runs.
/// </summary>
public sealed class LoanRepaymentNoticesJob(NoticePlanner planner, NoticeWriter writer, TimeProvider time)
{
    public const string RecurringId = "loan-repayment-notices";

    [DisplayName("Loan repayment notices")]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await writer.WriteDueAsync(await planner.LoanNoticesAsync(BamakoTime.Today(time), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
