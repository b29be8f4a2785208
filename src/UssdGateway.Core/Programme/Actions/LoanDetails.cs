using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// What the loan screens show once the PIN is right: outcome <c>success</c> (balance <c>loan_balance</c>, next instalment
/// <c>loan_next</c> due <c>loan_next_date</c>), <c>overdue</c> (the same, that instalment is late), <c>repaid</c>, <c>no_loan</c>.
/// Several loans add up; the next instalment is the soonest of them.
/// </summary>
internal static class LoanDetails
{
    public const string Overdue = "overdue";
    public const string Repaid = "repaid";
    public const string NoLoan = "no_loan";

    public static readonly IReadOnlyCollection<string> Variables = ["loan_balance", "loan_next", "loan_next_date"];

    public static async Task<ActionResult> ReadAsync(ILoanRepository loans, long beneficiaryId, IReadOnlyDictionary<string, string> extra, CancellationToken cancellationToken)
    {
        var all = await loans.GetLoansOfBeneficiaryAsync(beneficiaryId, cancellationToken);
        var vars = new Dictionary<string, string>(extra);
        if (all.Count == 0) return new ActionResult(NoLoan, vars);
        var balance = all.Sum(l => l.Position.BalanceXof);
        vars["loan_balance"] = Xof.Format(balance);
        var next = all.Select(l => l.Position.Next).OfType<DueInstalment>().OrderBy(n => n.DueOn).FirstOrDefault();
        if (balance == 0 || next is null) return new ActionResult(Repaid, vars);
        vars["loan_next"] = Xof.Format(next.RemainingXof);
        vars["loan_next_date"] = next.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return next.IsOverdue ? new ActionResult(Overdue, vars) : ActionResult.Success(vars);
    }
}
