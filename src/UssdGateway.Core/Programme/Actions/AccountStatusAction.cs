using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>account_status</c>: the calling youth and their next booked session. Outcomes: <c>success</c> (a session is
/// booked: <c>next_session</c>, <c>next_session_id</c>), <c>no_booking</c>, <c>not_registered</c>. Sets <c>account_name</c>.
/// </summary>
public sealed class AccountStatusAction(IBeneficiaryRepository beneficiaries, ITrainingRepository training) : IMenuAction, IDeclaresVariables
{
    public const string NoBooking = "no_booking";
    public const string NotRegistered = "not_registered";

    public string Name => "account_status";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["account_name", "next_session", "next_session_id"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);

        var bookings = await training.GetBookingsAsync(youth.Id, upcomingOnly: true, cancellationToken);
        var vars = new Dictionary<string, string> { ["account_name"] = youth.FullName, ["next_session"] = "", ["next_session_id"] = "" };
        if (bookings.Count == 0) return new ActionResult(NoBooking, vars);
        vars["next_session"] = SlotLabels.Format(bookings[0].Slot, context.Language, withFreePlaces: false);
        vars["next_session_id"] = bookings[0].SessionId.ToString(CultureInfo.InvariantCulture);
        return ActionResult.Success(vars);
    }
}
