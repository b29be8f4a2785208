using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>pin_status</c>: may the calling youth try their loan PIN? Outcomes: <c>success</c> (a PIN is set; <c>pin_attempts</c>
/// tries left today), <c>not_set</c> (choose one first), <c>locked</c> (until tomorrow), <c>not_registered</c>.
/// </summary>
public sealed class PinStatusAction(IBeneficiaryRepository beneficiaries, IPinRepository pins) : IMenuAction, IDeclaresVariables
{
    public const string NotSet = "not_set";
    public const string Locked = "locked";
    public const string NotRegistered = "not_registered";

    public string Name => "pin_status";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["pin_attempts"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);
        var status = await pins.GetStatusAsync(youth.Id, cancellationToken);
        var vars = new Dictionary<string, string> { ["pin_attempts"] = status.RemainingAttempts.ToString(CultureInfo.InvariantCulture) };
        return status.State switch
        {
            PinState.NotSet => new ActionResult(NotSet, vars),
            PinState.Locked => new ActionResult(Locked, vars),
            _ => ActionResult.Success(vars),
        };
    }
}
