using System.Data.Common;
using Dapper;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// End-of-session notifications in <c>ussd_session_ends</c>, one row per (provider, session id): a repeated
/// notification (telcos retry) inserts nothing and returns false. Text is clipped to its column (as in the hop log).
/// </summary>
public sealed class SessionEndLog : ISessionEndLog
{
    internal const int ProviderLength = 32;
    internal const int SessionIdLength = 128;
    internal const int PhoneLength = 32;
    internal const int ServiceCodeLength = 64;
    internal const int NetworkCodeLength = 32;
    internal const int StatusLength = 32;
    internal const int CostLength = 64;
    internal const int ErrorMessageLength = 1000;

    private readonly IDbConnectionFactory _connections;
    private readonly SessionEndSql _sql;

    public SessionEndLog(IDbConnectionFactory connections)
    {
        _connections = connections;
        _sql = SessionEndSql.For(connections.Dialect);
    }

    public async Task<bool> RecordAsync(SessionEnd end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(end);
        ArgumentException.ThrowIfNullOrWhiteSpace(end.Provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(end.SessionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(end.Status);

        var dialect = _connections.Dialect;
        var parameters = new
        {
            Provider = DbText.Clip(end.Provider, ProviderLength),
            SessionId = DbText.Clip(end.SessionId, SessionIdLength),
            Phone = DbText.ClipOrNull(end.Phone, PhoneLength),
            ServiceCode = DbText.ClipOrNull(end.ServiceCode, ServiceCodeLength),
            NetworkCode = DbText.ClipOrNull(end.NetworkCode, NetworkCodeLength),
            Status = DbText.Clip(end.Status, StatusLength),
            DurationMs = end.DurationMilliseconds,
            end.Hops,
            Cost = DbText.ClipOrNull(end.Cost, CostLength),
            ErrorMessage = DbText.ClipOrNull(end.ErrorMessage, ErrorMessageLength),
            EndedAt = end.EndedAt is { } endedAt ? DbTimestamp.Write(dialect, endedAt) : null,
            ReceivedAt = DbTimestamp.Write(dialect, end.ReceivedAt),
        };

        using var write = await _connections.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var inserted = await connection.ExecuteAsync(
                new CommandDefinition(_sql.Insert, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return inserted == 1;
        }
        catch (DbException e) when (_sql.IsDuplicateKey(e))
        {
            return false; // recorded by a concurrent notification
        }
    }
}
