using Microsoft.AspNetCore.Mvc;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Training;

/// <summary>
/// <c>/admin/sessions/{id}</c>: one session and who booked it (whatever the channel: USSD, SMS, staff). Staff record
/// attendance, edit the capacity (never below the bookings), trainer and language (as <c>PATCH /api/sessions/{id}</c>
/// does), move the session or cancel it; a move or cancellation tells everyone booked by SMS
/// (<see cref="SessionChangeNotifier"/>, as <c>POST /api/sessions/{id}/move|cancel</c> does).
/// </summary>
public sealed class SessionModel(ProgrammeRecords records, ITrainingRepository training, SessionChangeNotifier notifier, TimeProvider time) : RecordsPageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public TrainingSlot? Slot { get; private set; }

    public IReadOnlyList<BookingRecord> Bookings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(long beneficiaryId, bool present, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        if (await training.GetBookingAsync(Id, beneficiaryId, cancellationToken) is null) Refused("Cette personne n'a pas de réservation pour cette séance.");
        else
        {
            await training.RecordAttendanceAsync(Id, beneficiaryId, present, Actor, cancellationToken);
            Done(present ? "Présence enregistrée." : "Absence enregistrée.");
        }
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostEditAsync(int? capacity, string? trainer, string? language, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        if (capacity is not { } places || places < 1 || places > NewTrainingSession.MaxCapacity)
            Refused($"Séance non modifiée : le nombre de places doit aller de 1 à {NewTrainingSession.MaxCapacity}.");
        else if (string.IsNullOrWhiteSpace(trainer)) Refused("Séance non modifiée : indiquez le formateur ou la formatrice.");
        else if (language is not ("fr" or "bm")) Refused("Séance non modifiée : la langue doit être le français ou le bambara.");
        else
        {
            var result = await training.EditSessionAsync(Id, new SessionEdit(places, trainer.Trim(), language), Actor, cancellationToken);
            switch (result.Outcome)
            {
                case SessionEditOutcome.Edited:
                    Done($"Séance modifiée : {places} places, {result.Slot!.FreePlaces} libre(s).");
                    break;
                case SessionEditOutcome.CapacityBelowBookings:
                    Refused($"Séance non modifiée : {result.Booked} personne(s) ont déjà réservé, la capacité ne peut pas descendre sous {result.Booked} place(s).");
                    break;
                case SessionEditOutcome.Cancelled:
                    Refused("Séance annulée : elle ne peut plus être modifiée.");
                    break;
                default:
                    return NotFound();
            }
        }
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMoveAsync(DateTime? startsAt, string? place, CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var start = startsAt is { } s ? new DateTimeOffset(DateTime.SpecifyKind(s, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        if (start is not { } when || when <= time.GetUtcNow()) Refused("Donnez une nouvelle date dans le futur.");
        else
        {
            var (changed, told) = await notifier.MoveAsync(Id, when, string.IsNullOrWhiteSpace(place) ? null : place.Trim(), Actor, cancellationToken);
            if (changed) Done($"Séance déplacée ; {told} personne(s) prévenue(s) par SMS.");
            else Refused("Séance inconnue ou annulée : rien n'a changé.");
        }
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (StaffOnly() is { } forbidden) return forbidden;
        var (changed, told) = await notifier.CancelAsync(Id, Actor, cancellationToken);
        if (changed) Done($"Séance annulée ; {told} personne(s) prévenue(s) par SMS.");
        else Refused("Séance déjà annulée.");
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Slot = await training.GetSlotAsync(Id, cancellationToken);
        if (Slot is null) return false;
        Bookings = (await records.ListBookingsAsync(Id, new RecordsPage(1, RecordsPage.MaxSize), cancellationToken)).Items;
        return true;
    }
}
