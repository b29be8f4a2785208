namespace UssdGateway.Core.Sessions;

/// <summary>Keeps the telco's end-of-session notifications; a repeated notification is kept once.</summary>
public interface ISessionEndLog
{
    /// <returns>False when this session's end was already recorded.</returns>
    Task<bool> RecordAsync(SessionEnd end, CancellationToken cancellationToken = default);
}
