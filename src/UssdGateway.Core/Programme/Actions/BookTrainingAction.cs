using System.Globalization;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// <c>book_training</c>: takes a place in the session chosen as <c>slot</c> for the calling youth. Outcomes:
/// <c>success</c> (booked), <c>already_booked</c>, <c>full</c> (filled up since the list, or no longer open),
/// <c>not_registered</c>, <c>failure</c> (no session chosen, or it no longer exists). Sets <c>session_label</c>.
/// A new booking queues the confirmation SMS <c>confirm_booking</c> (key <c>confirm:booking:{bookingId}</c>).
/// </summary>
public sealed class BookTrainingAction(IBeneficiaryRepository beneficiaries, ITrainingRepository training, IConfirmationSms confirmations)
    : IMenuAction, IDeclaresVariables
{
    public const string AlreadyBooked = "already_booked";
    public const string Full = "full";
    public const string NotRegistered = "not_registered";

    public string Name => "book_training";

    public IReadOnlyCollection<string> SetsVariables { get; } = ["session_label"];

    public async Task<ActionResult> RunAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!long.TryParse(context.Var("slot"), NumberStyles.None, CultureInfo.InvariantCulture, out var sessionId)) return ActionResult.Failure;
        if (await CallerLookup.FindAsync(beneficiaries, context, cancellationToken) is not { } youth) return new ActionResult(NotRegistered);

        var result = await training.BookAsync(sessionId, youth.Id, ProgrammeActor.Ussd(context.Phone, context.IsTest), cancellationToken);
        var vars = result.Slot is null
            ? null
            : new Dictionary<string, string> { ["session_label"] = SlotLabels.Format(result.Slot, context.Language, withFreePlaces: false) };
        if (result is { Outcome: BookingOutcome.Booked, Slot: { } slot })
        {
            await confirmations.QueueAsync(new SmsConfirmation(
                ConfirmationSms.BookingTemplate, context.Phone, context.Language,
                "confirm:booking:" + result.BookingId.ToString(CultureInfo.InvariantCulture),
                new Dictionary<string, string> { ["name"] = youth.FullName, ["session"] = SlotLabels.Format(slot, context.Language, withFreePlaces: false) },
                context.IsTest), cancellationToken);
        }
        return result.Outcome switch
        {
            BookingOutcome.Booked => ActionResult.Success(vars),
            BookingOutcome.AlreadyBooked => new ActionResult(AlreadyBooked, vars),
            BookingOutcome.Full or BookingOutcome.NotOpen => new ActionResult(Full, vars),
            BookingOutcome.BeneficiaryNotFound => new ActionResult(NotRegistered),
            _ => ActionResult.Failure,
        };
    }
}
