using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>report_sales</c>: records <c>sales_amount</c> for <c>cooperative</c> and <c>sales_month</c>, from the calling
/// leader. Checked first (a clear screen, nothing written): <c>invalid</c> (amount not 0 to 1 000 000 000),
/// <c>not_leader</c>. Then <c>success</c> (recorded, or the same amount was already current), <c>corrected</c>
/// (the previous report kept as history), <c>failure</c> (answers missing, cooperative gone). A recorded or corrected
/// figure queues the confirmation SMS <c>confirm_sales</c> (key <c>confirm:sales:{reportId}</c>, the figure read back).
/// </summary>
public sealed class ReportSalesAction(ICooperativeRepository cooperatives, IConfirmationSms confirmations) : IMenuAction, IDeclaresVariables
{
    public const string Invalid = "invalid";
    public const string NotLeader = "not_leader";
    public const string Corrected = "corrected";

    public string Name => "report_sales";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["sales_amount_text"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!SalesPeriod.TryCooperative(context, out var cooperativeId) || !SalesPeriod.TryChosen(context, out var month)) return ActionResult.Failure;
        if (!Xof.TryParse(context.Var("sales_amount"), out var amount) || !Xof.IsValid(amount, allowZero: true)) return new ActionResult(Invalid);
        var cooperative = (await cooperatives.GetLedByPhoneAsync(context.Phone, cancellationToken)).FirstOrDefault(c => c.Id == cooperativeId);
        if (cooperative is null) return new ActionResult(NotLeader);

        var result = await cooperatives.ReportSalesAsync(cooperativeId, month, amount, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken);
        var vars = new Dictionary<string, string> { ["sales_amount_text"] = Xof.Format(amount) };
        if (result is { Outcome: SalesReportOutcome.Recorded or SalesReportOutcome.Corrected, Current: { } report })
        {
            await confirmations.QueueAsync(new SmsConfirmation(
                ConfirmationSms.SalesTemplate, context.Phone, context.Language, "confirm:sales:" + report.Id.ToString(CultureInfo.InvariantCulture),
                new Dictionary<string, string>
                {
                    ["cooperative"] = cooperative.Name, ["month"] = SalesPeriod.Label(month), ["amount"] = Xof.Format(amount),
                },
                context.IsTest), cancellationToken);
        }
        return result.Outcome switch
        {
            SalesReportOutcome.Recorded or SalesReportOutcome.Unchanged => ActionResult.Success(vars),
            SalesReportOutcome.Corrected => new ActionResult(Corrected, vars),
            SalesReportOutcome.NotLeader => new ActionResult(NotLeader, vars),
            _ => ActionResult.Failure,
        };
    }
}
