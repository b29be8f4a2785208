using System.Data.Common;
using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Deletion and consent-withdrawal requests in table <c>privacy_requests</c>; one pending request per kind, number and person.
/// Handling one as done erases the people concerned (<see cref="EraseAsync"/>, statements in <see cref="PrivacyRequestSql"/>).
/// </summary>
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

    public async Task<PrivacyRequest?> GetAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RequestRow>(new CommandDefinition(
            _sql.Get, new { Id = requestId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRequest();
    }

    public async Task<IReadOnlyList<PrivacyRequest>> GetHandledAsync(int take = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RequestRow>(new CommandDefinition(
            _sql.Handled, new { Take = Math.Clamp(take, 1, 1000) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public async Task<PrivacySubject?> GetSubjectAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<RequestRow>(new CommandDefinition(
            _sql.Get, new { Id = requestId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null) return null;
        var request = row.ToRequest();
        var who = new { request.BeneficiaryId, request.Phone };
        var people = await connection.QueryAsync<PersonRow>(new CommandDefinition(_sql.People, who, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var owed = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.Outstanding, who, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new PrivacySubject(request, [.. people.Select(p => new PrivacySubjectPerson(p.Id, p.FullName))], owed);
    }

    public Task<PrivacyDecision> EraseAsync(long requestId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var today = BamakoTime.Today(_time);
        var at = DbTimestamp.Write(Dialect, now);
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            Task<int> Run(string sql, object parameters) =>
                connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

            var request = await GetAsync(connection, transaction, requestId, cancellationToken).ConfigureAwait(false);
            if (request is not { Status: PrivacyRequestStatus.Pending }) return new PrivacyDecision(PrivacyDecisionOutcome.NotPending);
            var who = new { request.BeneficiaryId, request.Phone };
            var owed = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.Outstanding, who, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (owed > 0) return new PrivacyDecision(PrivacyDecisionOutcome.OutstandingLoan, owed);
            var people = (await connection.QueryAsync<PersonRow>(new CommandDefinition(_sql.People, who, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

            var closed = await Run(_sql.Close, new
            {
                Id = requestId, Status = ProgrammeCodes.Of(PrivacyRequestStatus.Done), HandledBy = actor.Id, Now = at, Reason = (string?)null,
            }).ConfigureAwait(false);
            if (closed == 0) return new PrivacyDecision(PrivacyDecisionOutcome.NotPending);

            var bookings = 0;
            foreach (var person in people)
            {
                await Run(_sql.EraseBeneficiary, new
                {
                    person.Id,
                    Name = PrivacyErasure.NameMarker,
                    NameKey = "erased:" + person.Id.ToString(CultureInfo.InvariantCulture),
                    Placeholder = PrivacyErasure.BeneficiaryPlaceholder(person.Id),
                    BirthYear = PrivacyErasure.CoarseBirthYear(person.BirthYear, today),
                    Now = at,
                }).ConfigureAwait(false);
                bookings += await Run(_sql.CancelUpcomingBookings, new { person.Id, Now = at }).ConfigureAwait(false);
                await Run(_sql.DeletePin, new { person.Id }).ConfigureAwait(false);
                await Run(_sql.DeleteLeaderships, new { person.Id }).ConfigureAwait(false);
            }

            // The number's own traces go when nobody registered is left on it (a household shares a number).
            var remaining = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                _sql.RemainingOnNumber, new { request.Phone }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var numberErased = remaining == 0;
            var cancelledSms = 0;
            if (numberErased)
            {
                var number = new
                {
                    request.Phone,
                    Id = requestId,
                    Placeholder = PrivacyErasure.NumberPlaceholder(requestId),
                    Text = PrivacyErasure.TextMarker,
                    Reason = PrivacyErasure.OutboxReason,
                    HandledBy = actor.Id,
                    Now = at,
                };
                cancelledSms = await Run(_sql.CancelQueuedSms, number).ConfigureAwait(false);
                foreach (var sql in new[]
                {
                    _sql.MaskOutbox, _sql.MaskInbox, _sql.DeleteNumberLeaderships, _sql.DeletePreferences, _sql.DeleteOptOut, _sql.MaskSessionEnds,
                    _sql.MaskAuditActors, _sql.MaskSalesReporters, _sql.MaskRepaymentRecorders, _sql.CloseOtherPending, _sql.MaskRequests,
                })
                    await Run(sql, number).ConfigureAwait(false);
            }

            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "privacy.done", "privacy_request",
                requestId.ToString(CultureInfo.InvariantCulture),
                AuditDetails.Json(("kind", ProgrammeCodes.Of(request.Kind)), ("people_erased", people.Count), ("bookings_cancelled", bookings),
                    ("sms_cancelled", cancelledSms), ("number_erased", numberErased)),
                now, cancellationToken).ConfigureAwait(false);
            return new PrivacyDecision(PrivacyDecisionOutcome.Handled, 0, people.Count, numberErased ? request.Phone : null);
        }, cancellationToken);
    }

    public Task<PrivacyDecision> RefuseAsync(long requestId, string? reason, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why)) return Task.FromResult(new PrivacyDecision(PrivacyDecisionOutcome.ReasonRequired));
        if (why.Length > PrivacyErasure.MaxReasonLength) why = why[..PrivacyErasure.MaxReasonLength];
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition(_sql.Close, new
            {
                Id = requestId,
                Status = ProgrammeCodes.Of(PrivacyRequestStatus.Refused),
                HandledBy = actor.Id,
                Now = DbTimestamp.Write(Dialect, now),
                Reason = why,
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (changed == 0) return new PrivacyDecision(PrivacyDecisionOutcome.NotPending);
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "privacy.refused", "privacy_request",
                requestId.ToString(CultureInfo.InvariantCulture), AuditDetails.Json(("reason", why)), now, cancellationToken).ConfigureAwait(false);
            return new PrivacyDecision(PrivacyDecisionOutcome.Handled);
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
        public string? RefusalReason { get; set; }

        public PrivacyRequest ToRequest() => new(
            Id, ProgrammeCodes.ParsePrivacyRequestKind(Kind), Phone, BeneficiaryId, ProgrammeCodes.ParseActorChannel(Channel),
            ProgrammeCodes.ParsePrivacyRequestStatus(Status), DbTimestamp.Read(RequestedAt),
            HandledAt is null ? null : DbTimestamp.Read(HandledAt), HandledBy, IsTest, RefusalReason);
    }

    private sealed class PersonRow
    {
        public long Id { get; set; }
        public string FullName { get; set; } = "";
        public int BirthYear { get; set; }
    }
}
