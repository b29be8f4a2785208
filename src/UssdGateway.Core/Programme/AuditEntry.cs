namespace UssdGateway.Core.Programme;

/// <summary>
/// One line of the audit trail: who (<see cref="ProgrammeActor"/>), did what (<c>booking.created</c>), to which record
/// (entity and id), when, with details (a short JSON object; never a PIN).
/// </summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    ActorChannel Channel,
    string Action,
    string Entity,
    string EntityId,
    string? Details,
    bool IsTest);
