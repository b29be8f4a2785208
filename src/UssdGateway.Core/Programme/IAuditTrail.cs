namespace UssdGateway.Core.Programme;

/// <summary>
/// The audit trail. The repositories write their own lines in the same transaction as the change they describe;
/// this is for other changes and for reading.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records one line now; returns its id.</summary>
    Task<long> RecordAsync(ProgrammeActor actor, string action, string entity, string entityId, string? details = null, CancellationToken cancellationToken = default);

    /// <summary>The lines about one record, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetForAsync(string entity, string entityId, int take = 100, CancellationToken cancellationToken = default);

    /// <summary>The latest lines, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetRecentAsync(int take = 100, CancellationToken cancellationToken = default);
}
