using System.Data.Common;
using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>Deletion and consent-withdrawal requests in table <c>privacy_requests</c>; one pending request per kind, number and person.</summary>
public sealed class PrivacyRequestRepository : IDeletionRequests
{
    private const int MaxAttempts = 3;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly PrivacyRequestSql _sql;

    public PrivacyRequestRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = PrivacyRequestSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public async Task<PrivacyRequestResult> RequestAsync(PrivacyRequestKind kind, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new
        {
            Kind = ProgrammeCodes.Of(kind),
            Phone = phone.Trim(),
            BeneficiaryId = beneficiaryId,
            Channel = ProgrammeCodes.Of(actor.Channel),
            Now = DbTimestamp.Write(Dialect, now),
            actor.IsTest,
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
                {
                    var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                        _sql.InsertPending, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (id is { } newId)
                    {
                        await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "privacy.requested", "privacy_request",
                            newId.ToString(CultureInfo.InvariantCulture), AuditDetails.Json(("kind", parameters.Kind), ("beneficiary_id", beneficiaryId)),
                            now, cancellationToken).ConfigureAwait(false);
                        var created = await GetAsync(connection, transaction, newId, cancellationToken).ConfigureAwait(false);
                        return new PrivacyRequestResult(true, created!);
                    }
                    var pending = await connection.QuerySingleAsync<RequestRow>(new CommandDefinition(
                        _sql.FindPending, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    return new PrivacyRequestResult(false, pending.ToRequest());
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e) && attempt < MaxAttempts)
            {
                // An identical request was written meanwhile: run again to return it.
            }
        }
    }

    public async Task<IReadOnlyList<PrivacyRequest>> GetPendingAsync(int take = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RequestRow>(new CommandDefinition(
            _sql.Pending, new { Take = Math.Clamp(take, 1, 1000) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public async Task<IReadOnlyList<PrivacyRequest>> GetByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RequestRow>(new CommandDefinition(
            _sql.ByPhone, new { Phone = phone.Trim() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public Task<bool> CloseAsync(long requestId, PrivacyRequestStatus status, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (status == PrivacyRequestStatus.Pending) throw new ArgumentException("A request is closed as done or refused.", nameof(status));
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(_sql.Close, new
            {
                Id = requestId,
                Status = ProgrammeCodes.Of(status),
                HandledBy = actor.Id,
                Now = DbTimestamp.Write(Dialect, now),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (changed == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "privacy." + ProgrammeCodes.Of(status), "privacy_request",
                requestId.ToString(CultureInfo.InvariantCulture), null, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private async Task<PrivacyRequest?> GetAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RequestRow>(new CommandDefinition(
            _sql.Get, new { Id = id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRequest();
    }

    private sealed class RequestRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public string Phone { get; set; } = "";
        public long? BeneficiaryId { get; set; }
        public string Channel { get; set; } = "";
        public string Status { get; set; } = "";
        public object RequestedAt { get; set; } = "";
        public object? HandledAt { get; set; }
        public string? HandledBy { get; set; }
        public bool IsTest { get; set; }

        public PrivacyRequest ToRequest() => new(
            Id, ProgrammeCodes.ParsePrivacyRequestKind(Kind), Phone, BeneficiaryId, ProgrammeCodes.ParseActorChannel(Channel),
            ProgrammeCodes.ParsePrivacyRequestStatus(Status), DbTimestamp.Read(RequestedAt),
            HandledAt is null ? null : DbTimestamp.Read(HandledAt), HandledBy, IsTest);
    }
}
