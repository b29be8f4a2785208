using System.Data;
using System.Data.Common;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Training cohorts, sessions, bookings and attendance in SQLite or SQL Server (Dapper). Booking is one guarded
/// INSERT…SELECT in a write transaction (see <see cref="TrainingSql"/>): never past capacity. Every change writes its
/// audit line in the same transaction.
/// </summary>
public sealed class TrainingRepository : ITrainingRepository
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly TrainingSql _sql;

    public TrainingRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = TrainingSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public Task<long> CreateCohortAsync(NewTrainingCohort cohort, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohort.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohort.Commune);
        ArgumentException.ThrowIfNullOrWhiteSpace(cohort.Sector);
        if (cohort.EndsOn < cohort.StartsOn)
            throw new ArgumentException($"A cohort cannot end ({cohort.EndsOn:yyyy-MM-dd}) before it starts ({cohort.StartsOn:yyyy-MM-dd}).", nameof(cohort));

        var now = _time.GetUtcNow();
        var parameters = new
        {
            Name = DbText.Clip(cohort.Name.Trim(), 200),
            Commune = DbText.Clip(cohort.Commune.Trim(), 32),
            Sector = DbText.Clip(cohort.Sector.Trim(), 64),
            StartsOn = DbDate.Write(Dialect, cohort.StartsOn),
            EndsOn = DbDate.Write(Dialect, cohort.EndsOn),
            IsTest = cohort.IsTest || actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        return InsertAsync(_sql.InsertCohort, parameters, actor, "cohort.created", "training_cohort", now,
            $"A cohort named '{cohort.Name.Trim()}' already exists.", cancellationToken);
    }

    public Task<long> AddSessionAsync(NewTrainingSession session, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.Place);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.Language);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.Trainer);
        if (session.Capacity is < 1 or > NewTrainingSession.MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(session), session.Capacity, $"A session's capacity must be from 1 to {NewTrainingSession.MaxCapacity}.");

        var now = _time.GetUtcNow();
        var parameters = new
        {
            session.CohortId,
            StartsAt = DbTimestamp.Write(Dialect, session.StartsAt),
            Place = DbText.Clip(session.Place.Trim(), 100),
            Language = DbText.Clip(session.Language.Trim(), 8),
            session.Capacity,
            Trainer = DbText.Clip(session.Trainer.Trim(), 100),
            IsTest = session.IsTest || actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        return InsertAsync(_sql.InsertSession, parameters, actor, "session.created", "training_session", now,
            $"Cohort {session.CohortId} already has a session at {session.StartsAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", cancellationToken);
    }

    public async Task<TrainingCohort?> GetCohortAsync(long cohortId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<CohortRow>(new CommandDefinition(
            _sql.GetCohort, new { CohortId = cohortId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToCohort();
    }

    public async Task<Page<TrainingSlot>> GetUpcomingSlotsAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Skip < 0) throw new ArgumentOutOfRangeException(nameof(query), query.Skip, "Skip cannot be negative.");
        var take = Math.Clamp(query.Take, 1, SlotQuery.MaxTake);
        var parameters = new
        {
            Now = DbTimestamp.Write(Dialect, _time.GetUtcNow()),
            query.Skip,
            Take = take + 1, // one more tells whether a next page exists
            Commune = string.IsNullOrWhiteSpace(query.Commune) ? null : query.Commune.Trim(),
            Language = string.IsNullOrWhiteSpace(query.Language) ? null : query.Language.Trim(),
            query.BeneficiaryId,
            query.IncludeTest,
        };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<SlotRow>(new CommandDefinition(
            _sql.Upcoming, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        return new Page<TrainingSlot>(rows.Take(take).Select(r => r.ToSlot()).ToList(), rows.Count > take);
    }

    public async Task<TrainingSlot?> GetSlotAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await GetSlotAsync(connection, null, sessionId, cancellationToken).ConfigureAwait(false);
    }

    public Task<BookingResult> BookAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new
        {
            SessionId = sessionId,
            BeneficiaryId = beneficiaryId,
            Channel = ProgrammeCodes.Of(actor.Channel),
            actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };

        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            long? bookingId;
            try
            {
                bookingId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    _sql.Book, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e))
            {
                bookingId = null; // the unique index caught a second active booking: reported below as AlreadyBooked
            }

            if (bookingId is { } id)
            {
                await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "booking.created", "training_booking",
                    Id(id), AuditDetails.Json(("session_id", sessionId), ("beneficiary_id", beneficiaryId)), now, cancellationToken).ConfigureAwait(false);
                var booked = await GetSlotAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
                return new BookingResult(BookingOutcome.Booked, id, booked);
            }

            var state = await connection.QuerySingleOrDefaultAsync<BookingStateRow>(new CommandDefinition(
                _sql.BookingState, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (state is null) return new BookingResult(BookingOutcome.SessionNotFound, 0, null);
            var slot = await GetSlotAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
            if (state.BeneficiaryExists == 0) return new BookingResult(BookingOutcome.BeneficiaryNotFound, 0, slot);
            if (state.MyBookingId is { } existing) return new BookingResult(BookingOutcome.AlreadyBooked, existing, slot);
            if (state.Status == "cancelled" || DbTimestamp.Read(state.StartsAt) <= now) return new BookingResult(BookingOutcome.NotOpen, 0, slot);
            return new BookingResult(BookingOutcome.Full, 0, slot);
        }, cancellationToken);
    }

    public Task<CancelBookingOutcome> CancelAsync(long sessionId, long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new { SessionId = sessionId, BeneficiaryId = beneficiaryId, Now = DbTimestamp.Write(Dialect, now) };

        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var booking = await connection.QuerySingleOrDefaultAsync<SlotRow>(new CommandDefinition(
                _sql.GetBooking, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (booking is null) return CancelBookingOutcome.NotBooked;

            var changed = await connection.ExecuteAsync(new CommandDefinition(
                _sql.Cancel, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (changed == 0) return CancelBookingOutcome.AlreadyStarted;

            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "booking.cancelled", "training_booking",
                Id(booking.Id), AuditDetails.Json(("session_id", sessionId), ("beneficiary_id", beneficiaryId)), now, cancellationToken).ConfigureAwait(false);
            return CancelBookingOutcome.Cancelled;
        }, cancellationToken);
    }

    public async Task<TrainingBooking?> GetBookingAsync(long sessionId, long beneficiaryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SlotRow>(new CommandDefinition(
            _sql.GetBooking, new { SessionId = sessionId, BeneficiaryId = beneficiaryId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToBooking();
    }

    public async Task<IReadOnlyList<TrainingBooking>> GetBookingsAsync(long beneficiaryId, bool upcomingOnly = true, CancellationToken cancellationToken = default)
    {
        var parameters = new { BeneficiaryId = beneficiaryId, UpcomingOnly = upcomingOnly, Now = DbTimestamp.Write(Dialect, _time.GetUtcNow()) };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SlotRow>(new CommandDefinition(
            _sql.GetBookings, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToBooking()).ToList();
    }

    public Task<bool> MoveSessionAsync(long sessionId, DateTimeOffset startsAt, string? place, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new
        {
            SessionId = sessionId,
            StartsAt = DbTimestamp.Write(Dialect, startsAt),
            Place = string.IsNullOrWhiteSpace(place) ? null : DbText.Clip(place.Trim(), 100),
            Now = DbTimestamp.Write(Dialect, now),
        };
        return UpdateSessionAsync(_sql.MoveSession, parameters, actor, "session.moved", sessionId,
            AuditDetails.Json(("starts_at", startsAt), ("place", parameters.Place)), now, cancellationToken);
    }

    public Task<bool> CancelSessionAsync(long sessionId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new { SessionId = sessionId, Now = DbTimestamp.Write(Dialect, now) };
        return UpdateSessionAsync(_sql.CancelSession, parameters, actor, "session.cancelled", sessionId, null, now, cancellationToken);
    }

    public Task<SessionEditResult> EditSessionAsync(long sessionId, SessionEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        if (edit.Capacity is < 1 or > NewTrainingSession.MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(edit), edit.Capacity, $"A session's capacity must be from 1 to {NewTrainingSession.MaxCapacity}.");
        if (edit.Trainer is not null) ArgumentException.ThrowIfNullOrWhiteSpace(edit.Trainer, nameof(edit));
        if (edit.Language is not null) ArgumentException.ThrowIfNullOrWhiteSpace(edit.Language, nameof(edit));

        var now = _time.GetUtcNow();
        var parameters = new
        {
            SessionId = sessionId,
            edit.Capacity,
            Trainer = edit.Trainer is null ? null : DbText.Clip(edit.Trainer.Trim(), 100),
            Language = edit.Language is null ? null : DbText.Clip(edit.Language.Trim(), 8),
            Now = DbTimestamp.Write(Dialect, now),
        };
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var rows = await connection.ExecuteAsync(new CommandDefinition(
                _sql.EditSession, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var slot = await GetSlotAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
            if (slot is null) return new SessionEditResult(SessionEditOutcome.SessionNotFound, 0, null);
            if (rows == 0)
            {
                var outcome = slot.Status == TrainingSessionStatus.Cancelled ? SessionEditOutcome.Cancelled : SessionEditOutcome.CapacityBelowBookings;
                return new SessionEditResult(outcome, slot.Booked, slot);
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "session.edited", "training_session", Id(sessionId),
                AuditDetails.Json(("capacity", edit.Capacity), ("trainer", parameters.Trainer), ("language", parameters.Language)), now, cancellationToken).ConfigureAwait(false);
            return new SessionEditResult(SessionEditOutcome.Edited, slot.Booked, slot);
        }, cancellationToken);
    }

    public Task<CohortEditOutcome> EditCohortAsync(long cohortId, CohortEdit edit, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(actor);
        if (edit.Name is not null) ArgumentException.ThrowIfNullOrWhiteSpace(edit.Name, nameof(edit));
        if (edit.Commune is not null) ArgumentException.ThrowIfNullOrWhiteSpace(edit.Commune, nameof(edit));
        if (edit.Sector is not null) ArgumentException.ThrowIfNullOrWhiteSpace(edit.Sector, nameof(edit));
        if (edit is { StartsOn: { } starts, EndsOn: { } ends } && ends < starts) return Task.FromResult(CohortEditOutcome.EndsBeforeStart);

        var now = _time.GetUtcNow();
        var name = edit.Name is null ? null : DbText.Clip(edit.Name.Trim(), 200);
        var commune = edit.Commune is null ? null : DbText.Clip(edit.Commune.Trim(), 32);
        var sector = edit.Sector is null ? null : DbText.Clip(edit.Sector.Trim(), 64);
        var dateType = Dialect == SqlDialect.Sqlite ? DbType.String : DbType.Date;
        var parameters = new DynamicParameters();
        parameters.Add("CohortId", cohortId);
        parameters.Add("Name", name, DbType.String);
        parameters.Add("Commune", commune, DbType.String);
        parameters.Add("Sector", sector, DbType.String);
        parameters.Add("StartsOn", edit.StartsOn is { } s ? DbDate.Write(Dialect, s) : null, dateType);
        parameters.Add("EndsOn", edit.EndsOn is { } e ? DbDate.Write(Dialect, e) : null, dateType);

        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            int rows;
            try
            {
                rows = await connection.ExecuteAsync(new CommandDefinition(
                    _sql.EditCohort, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e))
            {
                return CohortEditOutcome.NameTaken;
            }
            if (rows == 0)
            {
                var exists = await connection.QuerySingleOrDefaultAsync<CohortRow>(new CommandDefinition(
                    _sql.GetCohort, new { CohortId = cohortId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return exists is null ? CohortEditOutcome.CohortNotFound : CohortEditOutcome.EndsBeforeStart;
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "cohort.edited", "training_cohort", Id(cohortId),
                AuditDetails.Json(("name", name), ("commune", commune), ("sector", sector), ("starts_on", edit.StartsOn), ("ends_on", edit.EndsOn)),
                now, cancellationToken).ConfigureAwait(false);
            return CohortEditOutcome.Edited;
        }, cancellationToken);
    }

    public async Task RecordAttendanceAsync(long sessionId, long beneficiaryId, bool present, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new
        {
            SessionId = sessionId,
            BeneficiaryId = beneficiaryId,
            Present = present,
            RecordedBy = actor.Id,
            actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        var written = await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var rows = await connection.ExecuteAsync(new CommandDefinition(
                _sql.UpsertAttendance, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (rows == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "attendance.recorded", "training_session", Id(sessionId),
                AuditDetails.Json(("beneficiary_id", beneficiaryId), ("present", present)), now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (!written) throw new ArgumentException($"No beneficiary {beneficiaryId}.", nameof(beneficiaryId));
    }

    private Task<long> InsertAsync(string sql, object parameters, ProgrammeActor actor, string action, string entity, DateTimeOffset now,
        string duplicateMessage, CancellationToken cancellationToken) =>
        DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            long id;
            try
            {
                id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e))
            {
                throw new InvalidOperationException(duplicateMessage, e);
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, action, entity, Id(id), null, now, cancellationToken).ConfigureAwait(false);
            return id;
        }, cancellationToken);

    private Task<bool> UpdateSessionAsync(string sql, object parameters, ProgrammeActor actor, string action, long sessionId, string? details,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var rows = await connection.ExecuteAsync(new CommandDefinition(
                sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (rows == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, action, "training_session", Id(sessionId), details, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private async Task<TrainingSlot?> GetSlotAsync(DbConnection connection, DbTransaction? transaction, long sessionId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SlotRow>(new CommandDefinition(
            _sql.GetSlot, new { SessionId = sessionId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToSlot();
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class BookingStateRow
    {
        public string Status { get; set; } = "";
        public object StartsAt { get; set; } = "";
        public long Capacity { get; set; }
        public long Booked { get; set; }
        public long? MyBookingId { get; set; }
        public long BeneficiaryExists { get; set; }
    }

    private sealed class CohortRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Commune { get; set; } = "";
        public string Sector { get; set; } = "";
        public object StartsOn { get; set; } = "";
        public object EndsOn { get; set; } = "";
        public bool IsTest { get; set; }

        public TrainingCohort ToCohort() => new(Id, Name, Commune, Sector, DbDate.Read(StartsOn), DbDate.Read(EndsOn), IsTest);
    }
}
