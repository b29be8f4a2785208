using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// <c>PATCH /api/sessions/{id}</c>: any of capacity (1 to 500, never below the active bookings), trainer, language
/// (fr, bm); a field left out stays as it is. The time and place change through <c>POST /api/sessions/{id}/move</c>,
/// which tells everyone booked.
/// </summary>
public sealed record SessionEditBody(int? Capacity, string? Trainer, string? Language)
{
    public (SessionEdit? Edit, string Problem) ToEdit()
    {
        if (Capacity is null && Trainer is null && Language is null) return (null, "nothing to change: give capacity, trainer or language");
        if (Capacity is < 1 or > NewTrainingSession.MaxCapacity) return (null, $"capacity must be from 1 to {NewTrainingSession.MaxCapacity}");
        if (Trainer is not null && string.IsNullOrWhiteSpace(Trainer)) return (null, "trainer cannot be empty");
        if (Language is not (null or "fr" or "bm")) return (null, "language must be fr or bm");
        return (new SessionEdit(Capacity, Trainer?.Trim(), Language), "");
    }
}
