using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>A training slot (session + cohort + count), or a booking with its slot, as Dapper reads it from either dialect.</summary>
internal sealed class SlotRow
{
    public long SessionId { get; set; }
    public long CohortId { get; set; }
    public string CohortName { get; set; } = "";
    public string Commune { get; set; } = "";
    public string Sector { get; set; } = "";
    public object StartsAt { get; set; } = "";
    public string Place { get; set; } = "";
    public string Language { get; set; } = "";
    public string Trainer { get; set; } = "";
    public long Capacity { get; set; }
    public long Booked { get; set; }
    public string Status { get; set; } = "";
    public long IsBookedByCaller { get; set; }

    // Booking columns (booking queries only).
    public long Id { get; set; }
    public long BeneficiaryId { get; set; }
    public string? BookingStatus { get; set; }
    public object? BookedAt { get; set; }
    public object? CancelledAt { get; set; }

    public TrainingSlot ToSlot() => new(
        SessionId, CohortId, CohortName, Commune, Sector, DbTimestamp.Read(StartsAt), Place, Language, Trainer,
        checked((int)Capacity), checked((int)Booked), ProgrammeCodes.ParseSessionStatus(Status), IsBookedByCaller != 0);

    public TrainingBooking ToBooking() => new(
        Id, SessionId, BeneficiaryId, ProgrammeCodes.ParseBookingStatus(BookingStatus ?? "booked"),
        DbTimestamp.Read(BookedAt ?? throw new InvalidOperationException("A booking row without booked_at.")),
        CancelledAt is null ? null : DbTimestamp.Read(CancelledAt),
        ToSlot());
}
