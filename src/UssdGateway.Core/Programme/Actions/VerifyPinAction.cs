using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>verify_pin</c>: checks <c>pin</c> (then wipes it from the session) and, when right, reads the youth's loans:
/// outcomes <c>success</c>, <c>overdue</c>, <c>repaid</c>, <c>no_loan</c> (see <see cref="LoanDetails"/>). Otherwise
/// <c>wrong</c> (<c>pin_attempts</c> tries left today), <c>locked</c> (until tomorrow), <c>not_set</c>, <c>not_registered</c>.
/// </summary>
public sealed class VerifyPinAction(IBeneficiaryRepository beneficiaries, IPinRepository pins, ILoanRepository loans) : IMenuAction, IDeclaresVariables
{
    public const string Wrong = "wrong";
    public const string Locked = "locked";
    public const string NotSet = "not_set";
    public const string NotRegistered = "not_registered";

    public string Name => "verify_pin";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["pin", "pin_attempts", .. LoanDetails.Variables];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var wipe = new Dictionary<string, string> { ["pin"] = "" };
        var pin = context.Var("pin");
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered, wipe);

        var result = await pins.VerifyAsync(youth.Id, pin ?? "", ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken);
        wipe["pin_attempts"] = result.RemainingAttempts.ToString(CultureInfo.InvariantCulture);
        return result.Outcome switch
        {
            PinCheckOutcome.Accepted => await LoanDetails.ReadAsync(loans, youth.Id, wipe, cancellationToken),
            PinCheckOutcome.Wrong => new ActionResult(Wrong, wipe),
            PinCheckOutcome.Locked => new ActionResult(Locked, wipe),
            _ => new ActionResult(NotSet, wipe),
        };
    }
}
