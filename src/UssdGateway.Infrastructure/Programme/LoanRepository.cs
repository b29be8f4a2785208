using System.Data.Common;
using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Loans, schedules and repayments in SQLite or SQL Server (Dapper). Positions (balance, next instalment, arrears) are
/// computed by <see cref="LoanPosition.Compute"/> as of today in Bamako. A repayment is checked against the balance and
/// written in one transaction holding the loan; its reference makes it idempotent.
/// </summary>
public sealed class LoanRepository : ILoanRepository
{
    /// <summary>Most instalments a schedule may have (ten years of monthly instalments).</summary>
    public const int MaxInstalments = 120;

    private const int MaxAttempts = 3;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly LoanSql _sql;

    public LoanRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = LoanSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public Task<long> CreateLoanAsync(NewLoan loan, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loan);
        ArgumentNullException.ThrowIfNull(actor);
        Validate(loan, BamakoTime.Today(_time));

        var now = _time.GetUtcNow();
        var parameters = new
        {
            Reference = loan.Reference.Trim(),
            loan.BeneficiaryId,
            loan.CooperativeId,
            loan.PrincipalXof,
            DisbursedOn = DbDate.Write(Dialect, loan.DisbursedOn),
            IsTest = loan.IsTest || actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            long id;
            try
            {
                id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    _sql.InsertLoan, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e))
            {
                throw new InvalidOperationException($"A loan with reference '{parameters.Reference}' already exists.", e);
            }
            catch (DbException e) when (DbErrors.IsForeignKeyViolation(e))
            {
                throw new ArgumentException(loan.BeneficiaryId is { } b ? $"No beneficiary {b}." : $"No cooperative {loan.CooperativeId}.", nameof(loan), e);
            }

            foreach (var instalment in loan.Schedule)
            {
                await connection.ExecuteAsync(new CommandDefinition(_sql.InsertInstalment, new
                {
                    LoanId = id,
                    instalment.Number,
                    DueOn = DbDate.Write(Dialect, instalment.DueOn),
                    instalment.AmountXof,
                }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "loan.created", "loan", Id(id),
                AuditDetails.Json(("reference", parameters.Reference), ("principal_xof", loan.PrincipalXof),
                    ("beneficiary_id", loan.BeneficiaryId), ("cooperative_id", loan.CooperativeId), ("instalments", loan.Schedule.Count)),
                now, cancellationToken).ConfigureAwait(false);
            return id;
        }, cancellationToken);
    }

    public async Task<LoanSummary?> GetLoanAsync(long loanId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await GetLoanAsync(connection, null, _sql.GetLoan, loanId, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<LoanSummary>> GetLoansOfBeneficiaryAsync(long beneficiaryId, CancellationToken cancellationToken = default) =>
        GetLoansAsync(_sql.LoansOfBeneficiary, _sql.InstalmentsOfBeneficiary, new { BeneficiaryId = beneficiaryId }, cancellationToken);

    public Task<IReadOnlyList<LoanSummary>> GetLoansOfCooperativeAsync(long cooperativeId, CancellationToken cancellationToken = default) =>
        GetLoansAsync(_sql.LoansOfCooperative, _sql.InstalmentsOfCooperative, new { CooperativeId = cooperativeId }, cancellationToken);

    public async Task<RepaymentResult> RecordRepaymentAsync(NewRepayment repayment, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repayment);
        ArgumentNullException.ThrowIfNull(actor);
        Xof.Validate(repayment.AmountXof, nameof(repayment), allowZero: false);
        ArgumentException.ThrowIfNullOrWhiteSpace(repayment.Reference, nameof(repayment));
        var reference = repayment.Reference.Trim();
        if (reference.Length > 100) throw new ArgumentException("A repayment reference has at most 100 characters.", nameof(repayment));
        var today = BamakoTime.Today(_time);
        if (repayment.PaidOn > today)
            throw new ArgumentOutOfRangeException(nameof(repayment), repayment.PaidOn, $"A repayment cannot be paid on a future date ({repayment.PaidOn:yyyy-MM-dd}; today is {today:yyyy-MM-dd}).");

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteRepaymentAsync(repayment, reference, actor, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e) && attempt < MaxAttempts)
            {
                // The same reference was written meanwhile (on another loan): run again to report it.
            }
        }
    }

    private Task<RepaymentResult> WriteRepaymentAsync(NewRepayment repayment, string reference, ProgrammeActor actor, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var loan = await GetLoanAsync(connection, transaction, _sql.LockLoan, repayment.LoanId, cancellationToken).ConfigureAwait(false);

            var existing = await connection.QuerySingleOrDefaultAsync<RepaymentRow>(new CommandDefinition(
                _sql.FindRepayment, new { Reference = reference }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (existing is not null)
            {
                var same = existing.LoanId == repayment.LoanId && existing.AmountXof == repayment.AmountXof;
                return same
                    ? new RepaymentResult(RepaymentOutcome.Duplicate, existing.Id, loan)
                    : new RepaymentResult(RepaymentOutcome.ReferenceConflict, 0, loan);
            }
            if (loan is null) return new RepaymentResult(RepaymentOutcome.LoanNotFound, 0, null);
            if (repayment.AmountXof > loan.Position.BalanceXof) return new RepaymentResult(RepaymentOutcome.ExceedsBalance, 0, loan);

            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.InsertRepayment, new
            {
                repayment.LoanId,
                repayment.AmountXof,
                PaidOn = DbDate.Write(Dialect, repayment.PaidOn),
                Channel = ProgrammeCodes.Of(repayment.Channel),
                Reference = reference,
                RecordedBy = actor.Id,
                Now = DbTimestamp.Write(Dialect, now),
                IsTest = actor.IsTest || loan.IsTest,
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "repayment.recorded", "loan", Id(repayment.LoanId),
                AuditDetails.Json(("repayment_id", id), ("amount_xof", repayment.AmountXof), ("reference", reference),
                    ("channel", ProgrammeCodes.Of(repayment.Channel)), ("paid_on", repayment.PaidOn)),
                now, cancellationToken).ConfigureAwait(false);

            var after = await GetLoanAsync(connection, transaction, _sql.GetLoan, repayment.LoanId, cancellationToken).ConfigureAwait(false);
            return new RepaymentResult(RepaymentOutcome.Recorded, id, after);
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<LoanSummary>> GetLoansAsync(string loansSql, string instalmentsSql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var loans = await connection.QueryAsync<LoanRow>(new CommandDefinition(loansSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var instalments = (await connection.QueryAsync<InstalmentRow>(new CommandDefinition(instalmentsSql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(i => i.LoanId, i => i.ToInstalment());
        var today = BamakoTime.Today(_time);
        return loans.Select(l => l.ToSummary(instalments[l.Id].ToList(), today)).ToList();
    }

    private async Task<LoanSummary?> GetLoanAsync(DbConnection connection, DbTransaction? transaction, string loanSql, long loanId, CancellationToken cancellationToken)
    {
        var parameters = new { LoanId = loanId };
        var loan = await connection.QuerySingleOrDefaultAsync<LoanRow>(new CommandDefinition(
            loanSql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (loan is null) return null;
        var instalments = await connection.QueryAsync<InstalmentRow>(new CommandDefinition(
            _sql.InstalmentsOfLoan, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return loan.ToSummary(instalments.Select(i => i.ToInstalment()).ToList(), BamakoTime.Today(_time));
    }

    /// <summary>Refuses a loan the programme could not have made (see <see cref="ILoanRepository.CreateLoanAsync"/>).</summary>
    internal static void Validate(NewLoan loan, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loan.Reference, nameof(loan));
        if (loan.Reference.Trim().Length > 64) throw new ArgumentException("A loan reference has at most 64 characters.", nameof(loan));
        if ((loan.BeneficiaryId is null) == (loan.CooperativeId is null))
            throw new ArgumentException("A loan goes to a beneficiary or to a cooperative: exactly one of the two.", nameof(loan));
        Xof.Validate(loan.PrincipalXof, nameof(loan), allowZero: false);
        if (loan.DisbursedOn > today)
            throw new ArgumentOutOfRangeException(nameof(loan), loan.DisbursedOn, $"A loan cannot be disbursed on a future date ({loan.DisbursedOn:yyyy-MM-dd}).");
        if (loan.Schedule is null || loan.Schedule.Count == 0) throw new ArgumentException("A loan needs a schedule of at least one instalment.", nameof(loan));
        if (loan.Schedule.Count > MaxInstalments) throw new ArgumentException($"A schedule has at most {MaxInstalments} instalments.", nameof(loan));

        var previous = loan.DisbursedOn;
        long total = 0;
        for (var i = 0; i < loan.Schedule.Count; i++)
        {
            var instalment = loan.Schedule[i];
            if (instalment.Number != i + 1)
                throw new ArgumentException($"Instalments are numbered 1, 2, 3… in order; found {instalment.Number} at position {i + 1}.", nameof(loan));
            Xof.Validate(instalment.AmountXof, nameof(loan), allowZero: false);
            if (instalment.DueOn <= previous)
                throw new ArgumentException($"Instalment {instalment.Number} is due on {instalment.DueOn:yyyy-MM-dd}, not after {(i == 0 ? "the disbursement" : "the previous instalment")} ({previous:yyyy-MM-dd}).", nameof(loan));
            previous = instalment.DueOn;
            total += instalment.AmountXof;
        }
        if (total != loan.PrincipalXof)
            throw new ArgumentException($"The instalments sum to {Xof.Format(total)}, not the principal {Xof.Format(loan.PrincipalXof)}.", nameof(loan));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class LoanRow
    {
        public long Id { get; set; }
        public string Reference { get; set; } = "";
        public long? BeneficiaryId { get; set; }
        public long? CooperativeId { get; set; }
        public long PrincipalXof { get; set; }
        public object DisbursedOn { get; set; } = "";
        public bool IsTest { get; set; }
        public long RepaidXof { get; set; }

        public LoanSummary ToSummary(IReadOnlyList<LoanInstalment> schedule, DateOnly today) => new(
            Id, Reference, BeneficiaryId, CooperativeId, PrincipalXof, DbDate.Read(DisbursedOn), schedule,
            LoanPosition.Compute(PrincipalXof, schedule, RepaidXof, today), IsTest);
    }

    private sealed class InstalmentRow
    {
        public long LoanId { get; set; }
        public long Number { get; set; }
        public object DueOn { get; set; } = "";
        public long AmountXof { get; set; }

        public LoanInstalment ToInstalment() => new(checked((int)Number), DbDate.Read(DueOn), AmountXof);
    }

    private sealed class RepaymentRow
    {
        public long Id { get; set; }
        public long LoanId { get; set; }
        public long AmountXof { get; set; }
    }
}
