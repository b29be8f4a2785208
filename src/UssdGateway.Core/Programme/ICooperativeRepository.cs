namespace UssdGateway.Core.Programme;

/// <summary>Cooperatives and SSE enterprises, their leaders and monthly sales reports.</summary>
public interface ICooperativeRepository
{
    /// <summary>Creates a cooperative; (name, commune) must be new (<see cref="InvalidOperationException"/> otherwise).</summary>
    Task<long> CreateAsync(NewCooperative cooperative, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>Makes the number (optionally a registered beneficiary) a leader of the cooperative; true when new.</summary>
    Task<bool> AddLeaderAsync(long cooperativeId, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default);

    Task<Cooperative?> GetAsync(long cooperativeId, CancellationToken cancellationToken = default);

    /// <summary>The cooperatives this E.164 number leads, by name (empty: not a leader).</summary>
    Task<IReadOnlyList<Cooperative>> GetLedByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reports a month's sales (0 allowed). The reporter and channel are the actor's: by USSD or SMS the number must
    /// lead the cooperative. When the month already has a report, this one supersedes it and the old one stays as history.
    /// Atomic: two reports racing for one month leave one current version.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Amount negative or above <see cref="Xof.Max"/>, or a month after the
    /// current Bamako month.</exception>
    /// <exception cref="ArgumentException">An actor of channel <see cref="ActorChannel.System"/> (sales come from a leader or staff).</exception>
    Task<SalesReportResult> ReportSalesAsync(long cooperativeId, SalesMonth month, long amountXof, ProgrammeActor actor, CancellationToken cancellationToken = default);

    /// <summary>The month's current report, or null when none.</summary>
    Task<SalesReport?> GetReportAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default);

    /// <summary>Every version of the month's report, newest first (the current one first).</summary>
    Task<IReadOnlyList<SalesReport>> GetReportHistoryAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default);
}
