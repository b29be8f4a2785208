using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Notices;

/// <summary>What the scheduled SMS are computed from, read fresh at each run (a cancelled booking or a payment stops them).</summary>
public interface INoticeSource
{
    /// <summary>Active bookings in sessions (not cancelled) starting on the Bamako day.</summary>
    Task<IReadOnlyList<BookedSeat>> GetBookedSeatsAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Active bookings of one session (for a move or cancellation notice).</summary>
    Task<IReadOnlyList<BookedSeat>> GetBookedSeatsOfSessionAsync(long sessionId, CancellationToken cancellationToken = default);

    /// <summary>Instalments due on one of the dates with something still to pay on them.</summary>
    Task<IReadOnlyList<OpenInstalment>> GetOpenInstalmentsAsync(IReadOnlyCollection<DateOnly> dueDates, CancellationToken cancellationToken = default);

    /// <summary>Every cooperative leader, with whether the cooperative has a current report for <paramref name="month"/>.</summary>
    Task<IReadOnlyList<LeaderContact>> GetLeadersAsync(SalesMonth month, CancellationToken cancellationToken = default);
}
