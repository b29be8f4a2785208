using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Loan PINs in table <c>loan_pins</c>: hashed (<see cref="PinHasher"/>), wrong tries counted per Bamako day in a
/// write transaction, <see cref="LoanPin.MaxAttempts"/> of them lock the PIN until the day ends. Lockouts, sets and
/// resets are audited (never the PIN).
/// </summary>
public sealed class PinRepository : IPinRepository
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly PinSql _sql;
    private readonly int _iterations;

    public PinRepository(IDbConnectionFactory connections, TimeProvider time)
        : this(connections, time, PinHasher.DefaultIterations)
    {
    }

    internal PinRepository(IDbConnectionFactory connections, TimeProvider time, int iterations)
    {
        _connections = connections;
        _time = time;
        _sql = PinSql.For(connections.Dialect);
        _iterations = iterations;
    }

    private SqlDialect Dialect => _connections.Dialect;

    public async Task<PinStatus> GetStatusAsync(long beneficiaryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<PinRow>(new CommandDefinition(
            _sql.Get, new { BeneficiaryId = beneficiaryId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null) return new PinStatus(PinState.NotSet, LoanPin.MaxAttempts, null);
        var now = _time.GetUtcNow();
        if (row.LockedUntilAt is { } until && until > now) return new PinStatus(PinState.Locked, 0, until);
        return new PinStatus(PinState.Active, LoanPin.MaxAttempts - row.FailedOn(BamakoTime.DateOf(now)), null);
    }

    public async Task<PinSetOutcome> SetAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!LoanPin.IsWellFormed(pin)) return PinSetOutcome.Invalid;
        var hash = PinHasher.Hash(pin, beneficiaryId, _iterations);
        var now = _time.GetUtcNow();
        var parameters = new { BeneficiaryId = beneficiaryId, PinHash = hash, Now = DbTimestamp.Write(Dialect, now) };
        return await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                _sql.InsertIfAbsent, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (inserted == 0)
            {
                var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    _sql.BeneficiaryExists, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return exists == 0 ? PinSetOutcome.BeneficiaryNotFound : PinSetOutcome.AlreadySet;
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "pin.set", "beneficiary", Id(beneficiaryId), null, now, cancellationToken).ConfigureAwait(false);
            return PinSetOutcome.Set;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PinCheckResult> VerifyAsync(long beneficiaryId, string pin, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var key = new { BeneficiaryId = beneficiaryId };

        // The hash is checked before the write transaction, so the (deliberately slow) PBKDF2 never holds the write lock;
        // inside, the row is read again and the answer reused only if the stored hash is still the same.
        string? checkedHash = null;
        var matches = false;
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = await connection.QuerySingleOrDefaultAsync<PinRow>(new CommandDefinition(
                _sql.Get, key, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (current is null) return new PinCheckResult(PinCheckOutcome.NotSet, LoanPin.MaxAttempts, null);
            if (current.LockedUntilAt is { } locked && locked > _time.GetUtcNow()) return new PinCheckResult(PinCheckOutcome.Locked, 0, locked);
            checkedHash = current.PinHash;
            matches = Matches(pin, beneficiaryId, checkedHash);
        }

        return await DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            var row = await connection.QuerySingleOrDefaultAsync<PinRow>(new CommandDefinition(
                _sql.GetForUpdate, key, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is null) return new PinCheckResult(PinCheckOutcome.NotSet, LoanPin.MaxAttempts, null);
            if (row.LockedUntilAt is { } lockedUntil && lockedUntil > now) return new PinCheckResult(PinCheckOutcome.Locked, 0, lockedUntil);

            var right = row.PinHash == checkedHash ? matches : Matches(pin, beneficiaryId, row.PinHash); // reset meanwhile: rare
            if (right)
            {
                if (row.FailedAttempts != 0 || row.LockedUntil is not null)
                    await WriteAttemptsAsync(connection, transaction, beneficiaryId, 0, null, null, now, cancellationToken).ConfigureAwait(false);
                return new PinCheckResult(PinCheckOutcome.Accepted, LoanPin.MaxAttempts, null);
            }

            var failed = row.FailedOn(BamakoTime.DateOf(now)) + 1;
            if (failed >= LoanPin.MaxAttempts)
            {
                var until = BamakoTime.EndOfDay(now);
                await WriteAttemptsAsync(connection, transaction, beneficiaryId, failed, now, until, now, cancellationToken).ConfigureAwait(false);
                await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "pin.locked", "beneficiary", Id(beneficiaryId),
                    AuditDetails.Json(("until", until)), now, cancellationToken).ConfigureAwait(false);
                return new PinCheckResult(PinCheckOutcome.Locked, 0, until);
            }
            await WriteAttemptsAsync(connection, transaction, beneficiaryId, failed, now, null, now, cancellationToken).ConfigureAwait(false);
            return new PinCheckResult(PinCheckOutcome.Wrong, LoanPin.MaxAttempts - failed, null);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static bool Matches(string pin, long beneficiaryId, string storedHash) =>
        LoanPin.IsWellFormed(pin) && PinHasher.Verify(pin, beneficiaryId, storedHash);

    public Task<bool> ResetAsync(long beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var deleted = await connection.ExecuteAsync(new CommandDefinition(
                _sql.Delete, new { BeneficiaryId = beneficiaryId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (deleted == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "pin.reset", "beneficiary", Id(beneficiaryId), null, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    private Task WriteAttemptsAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long beneficiaryId,
        int failed, DateTimeOffset? lastFailedAt, DateTimeOffset? lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(_sql.UpdateAttempts, new
        {
            BeneficiaryId = beneficiaryId,
            FailedAttempts = failed,
            LastFailedAt = lastFailedAt is { } at ? DbTimestamp.Write(Dialect, at) : null,
            LockedUntil = lockedUntil is { } until ? DbTimestamp.Write(Dialect, until) : null,
            Now = DbTimestamp.Write(Dialect, now),
        }, transaction, cancellationToken: cancellationToken));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class PinRow
    {
        public string PinHash { get; set; } = "";
        public long FailedAttempts { get; set; }
        public object? LastFailedAt { get; set; }
        public object? LockedUntil { get; set; }

        public DateTimeOffset? LockedUntilAt => LockedUntil is null ? null : DbTimestamp.Read(LockedUntil);

        /// <summary>Wrong tries counted on <paramref name="today"/> (earlier days' tries are forgotten).</summary>
        public int FailedOn(DateOnly today) =>
            LastFailedAt is not null && BamakoTime.DateOf(DbTimestamp.Read(LastFailedAt)) == today ? (int)Math.Min(FailedAttempts, LoanPin.MaxAttempts) : 0;
    }
}
