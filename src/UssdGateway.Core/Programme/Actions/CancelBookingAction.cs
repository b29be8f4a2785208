using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>cancel_booking</c>: frees the calling youth's place in <c>next_session_id</c> (set by <c>account_status</c>).
/// Outcomes: <c>success</c>, <c>not_booked</c>, <c>too_late</c> (the session has started), <c>not_registered</c>,
/// <c>failure</c> (no session named).
/// </summary>
public sealed class CancelBookingAction(IBeneficiaryRepository beneficiaries, ITrainingRepository training) : IMenuAction, IDeclaresVariables
{
    public const string NotBooked = "not_booked";
    public const string TooLate = "too_late";
    public const string NotRegistered = "not_registered";

    public string Name => "cancel_booking";

    public IReadOnlyCollection<string> SetsVariables { get; } = [];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!long.TryParse(context.Var("next_session_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var sessionId)) return ActionResult.Failure;
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);

        return await training.CancelAsync(sessionId, youth.Id, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken) switch
        {
            CancelBookingOutcome.Cancelled => ActionResult.Success(),
            CancelBookingOutcome.NotBooked => new ActionResult(NotBooked),
            _ => new ActionResult(TooLate),
        };
    }
}
