using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>sales_month_check</c>: after the leader chose <c>cooperative</c> and <c>sales_month</c> (<c>current</c> or
/// <c>previous</c>), sets <c>sales_month_label</c> (<c>11/2026</c>) and looks for that month's report. Outcomes:
/// <c>success</c> (none yet), <c>reported</c> (<c>sales_current</c>: the amount reported), <c>not_leader</c>,
/// <c>failure</c> (answers missing).
/// </summary>
public sealed class SalesMonthAction(ICooperativeRepository cooperatives) : IMenuAction, IDeclaresVariables
{
    public const string Reported = "reported";
    public const string NotLeader = "not_leader";

    public string Name => "sales_month_check";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["sales_month_label", "sales_current"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!SalesPeriod.TryCooperative(context, out var cooperativeId) || !SalesPeriod.TryChosen(context, out var month)) return ActionResult.Failure;
        if (!await SalesPeriod.LeadsAsync(cooperatives, context, cooperativeId, cancellationToken)) return new ActionResult(NotLeader);

        var vars = new Dictionary<string, string> { ["sales_month_label"] = SalesPeriod.Label(month), ["sales_current"] = "" };
        if (await cooperatives.GetReportAsync(cooperativeId, month, cancellationToken) is not { } report) return ActionResult.Success(vars);
        vars["sales_current"] = Xof.Format(report.AmountXof);
        return new ActionResult(Reported, vars);
    }
}
