namespace UssdGateway.Core.Programme;

/// <summary>
/// What staff change in a session besides its time and place (those move it, and everyone booked is told): its
/// capacity (1 to <see cref="NewTrainingSession.MaxCapacity"/>, never below the active bookings), trainer and language
/// (<c>fr</c>, <c>bm</c>). A null field stays as it is.
/// </summary>
public sealed record SessionEdit(int? Capacity = null, string? Trainer = null, string? Language = null)
{
    public bool IsEmpty => Capacity is null && Trainer is null && Language is null;
}
