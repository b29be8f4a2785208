using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>set_pin</c>: stores the first PIN when <c>pin_new</c> and <c>pin_repeat</c> are the same four digits, then reads the
/// loan as <c>verify_pin</c> does (outcomes <c>success</c>, <c>overdue</c>, <c>repaid</c>, <c>no_loan</c>). Otherwise
/// <c>mismatch</c> (the two differ or are not four digits), <c>already_set</c>, <c>not_registered</c>. Both answers are
/// wiped from the session whatever happens.
/// </summary>
public sealed class SetPinAction(IBeneficiaryRepository beneficiaries, IPinRepository pins, ILoanRepository loans) : IMenuAction, IDeclaresVariables
{
    public const string Mismatch = "mismatch";
    public const string AlreadySet = "already_set";
    public const string NotRegistered = "not_registered";

    public string Name => "set_pin";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["pin_new", "pin_repeat", .. LoanDetails.Variables];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var wipe = new Dictionary<string, string> { ["pin_new"] = "", ["pin_repeat"] = "" };
        var pin = context.Var("pin_new");
        if (!LoanPin.IsWellFormed(pin) || pin != context.Var("pin_repeat")) return new ActionResult(Mismatch, wipe);
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered, wipe);

        return await pins.SetAsync(youth.Id, pin!, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken) switch
        {
            PinSetOutcome.Set => await LoanDetails.ReadAsync(loans, youth.Id, wipe, cancellationToken),
            PinSetOutcome.AlreadySet => new ActionResult(AlreadySet, wipe),
            PinSetOutcome.BeneficiaryNotFound => new ActionResult(NotRegistered, wipe),
            _ => new ActionResult(Mismatch, wipe),
        };
    }
}
