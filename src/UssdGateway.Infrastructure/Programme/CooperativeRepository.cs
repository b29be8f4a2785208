using System.Data.Common;
using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// Cooperatives, leaders and monthly sales reports in SQLite or SQL Server (Dapper). A correction supersedes the
/// month's current report in one transaction; history is never rewritten. Every change writes its audit line.
/// </summary>
public sealed class CooperativeRepository : ICooperativeRepository
{
    private const int MaxAttempts = 3;

    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly CooperativeSql _sql;

    public CooperativeRepository(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = CooperativeSql.For(connections.Dialect);
    }

    private SqlDialect Dialect => _connections.Dialect;

    public Task<long> CreateAsync(NewCooperative cooperative, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative.Sector);
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative.Commune);
        if (cooperative.MembersCount is < 0 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(cooperative), cooperative.MembersCount, "A cooperative's members count must be from 0 to 100 000.");

        var now = _time.GetUtcNow();
        var parameters = new
        {
            Name = DbText.Clip(cooperative.Name.Trim(), 200),
            Form = ProgrammeCodes.Of(cooperative.Form),
            Sector = DbText.Clip(cooperative.Sector.Trim(), 64),
            Commune = DbText.Clip(cooperative.Commune.Trim(), 32),
            cooperative.MembersCount,
            IsTest = cooperative.IsTest || actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            long id;
            try
            {
                id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    _sql.InsertCooperative, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e))
            {
                throw new InvalidOperationException($"A cooperative named '{parameters.Name}' already exists in commune {parameters.Commune}.", e);
            }
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "cooperative.created", "cooperative", Id(id),
                AuditDetails.Json(("name", parameters.Name), ("form", parameters.Form)), now, cancellationToken).ConfigureAwait(false);
            return id;
        }, cancellationToken);
    }

    public Task<bool> AddLeaderAsync(long cooperativeId, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentNullException.ThrowIfNull(actor);
        var now = _time.GetUtcNow();
        var parameters = new
        {
            CooperativeId = cooperativeId,
            Phone = phone.Trim(),
            BeneficiaryId = beneficiaryId,
            actor.IsTest,
            Now = DbTimestamp.Write(Dialect, now),
        };
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            var added = await connection.ExecuteAsync(new CommandDefinition(
                _sql.InsertLeader, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (added == 0) return false;
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor, "cooperative.leader_added", "cooperative", Id(cooperativeId),
                AuditDetails.Json(("phone", parameters.Phone), ("beneficiary_id", beneficiaryId)), now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<Cooperative?> GetAsync(long cooperativeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(connection, null, cooperativeId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Cooperative>> GetLedByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CooperativeRow>(new CommandDefinition(
            _sql.LedByPhone, new { Phone = phone.Trim() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToCooperative()).ToList();
    }

    public async Task<SalesReportResult> ReportSalesAsync(long cooperativeId, SalesMonth month, long amountXof, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Xof.Validate(amountXof, nameof(amountXof), allowZero: true);
        var current = SalesMonth.Current(_time);
        if (month > current)
            throw new ArgumentOutOfRangeException(nameof(month), month.ToString(), $"Sales cannot be reported for {month}: it is after the current month ({current}).");
        var channel = actor.Channel switch
        {
            ActorChannel.Ussd => SalesChannel.Ussd,
            ActorChannel.Sms => SalesChannel.Sms,
            ActorChannel.Staff => SalesChannel.Staff,
            _ => throw new ArgumentException("Sales are reported by a leader (USSD, SMS) or by staff, not by the system.", nameof(actor)),
        };

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteReportAsync(cooperativeId, month, amountXof, actor, channel, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsDuplicateKey(e) && attempt < MaxAttempts)
            {
                // Another first report for the month won the race: run again, this one becomes its correction.
            }
        }
    }

    public async Task<SalesReport?> GetReportAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<SalesReportRow>(new CommandDefinition(
            _sql.GetReport, new { CooperativeId = cooperativeId, Month = month.ToString() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToReport();
    }

    public async Task<IReadOnlyList<SalesReport>> GetReportHistoryAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SalesReportRow>(new CommandDefinition(
            _sql.ReportHistory, new { CooperativeId = cooperativeId, Month = month.ToString() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToReport()).ToList();
    }

    private Task<SalesReportResult> WriteReportAsync(long cooperativeId, SalesMonth month, long amountXof, ProgrammeActor actor, SalesChannel channel,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        return DbWrites.InTransactionAsync(_connections, async (connection, transaction) =>
        {
            if (await GetAsync(connection, transaction, cooperativeId, cancellationToken).ConfigureAwait(false) is null)
                return new SalesReportResult(SalesReportOutcome.CooperativeNotFound, null, null);

            if (channel != SalesChannel.Staff)
            {
                var leads = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    _sql.IsLeader, new { CooperativeId = cooperativeId, Phone = actor.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (leads == 0) return new SalesReportResult(SalesReportOutcome.NotLeader, null, null);
            }

            var key = new { CooperativeId = cooperativeId, Month = month.ToString() };
            var previous = (await connection.QuerySingleOrDefaultAsync<SalesReportRow>(new CommandDefinition(
                _sql.CurrentReportForUpdate, key, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))?.ToReport();
            if (previous is not null && previous.AmountXof == amountXof)
                return new SalesReportResult(SalesReportOutcome.Unchanged, previous, null);

            if (previous is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    _sql.SupersedeReport, new { previous.Id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            var parameters = new
            {
                key.CooperativeId,
                key.Month,
                AmountXof = amountXof,
                Channel = ProgrammeCodes.Of(channel),
                ReportedBy = actor.Id,
                Now = DbTimestamp.Write(Dialect, now),
                SupersedesId = previous?.Id,
                actor.IsTest,
            };
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                _sql.InsertReport, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await AuditTrail.WriteAsync(connection, transaction, Dialect, actor,
                previous is null ? "sales.reported" : "sales.corrected", "sales_report", Id(id),
                AuditDetails.Json(("cooperative_id", cooperativeId), ("month", key.Month), ("amount_xof", amountXof),
                    ("previous_amount_xof", previous?.AmountXof), ("supersedes_id", previous?.Id)),
                now, cancellationToken).ConfigureAwait(false);

            var report = new SalesReport(id, cooperativeId, month, amountXof, channel, actor.Id, now, previous?.Id, true, actor.IsTest);
            return new SalesReportResult(previous is null ? SalesReportOutcome.Recorded : SalesReportOutcome.Corrected, report,
                previous is null ? null : previous with { IsCurrent = false });
        }, cancellationToken);
    }

    private async Task<Cooperative?> GetAsync(DbConnection connection, DbTransaction? transaction, long cooperativeId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CooperativeRow>(new CommandDefinition(
            _sql.Get, new { CooperativeId = cooperativeId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToCooperative();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class CooperativeRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Form { get; set; } = "";
        public string Sector { get; set; } = "";
        public string Commune { get; set; } = "";
        public long MembersCount { get; set; }
        public bool IsTest { get; set; }

        public Cooperative ToCooperative() => new(Id, Name, ProgrammeCodes.ParseCooperativeForm(Form), Sector, Commune, checked((int)MembersCount), IsTest);
    }

    private sealed class SalesReportRow
    {
        public long Id { get; set; }
        public long CooperativeId { get; set; }
        public string Month { get; set; } = "";
        public long AmountXof { get; set; }
        public string Channel { get; set; } = "";
        public string ReportedBy { get; set; } = "";
        public object ReportedAt { get; set; } = "";
        public long? SupersedesId { get; set; }
        public bool IsCurrent { get; set; }
        public bool IsTest { get; set; }

        public SalesReport ToReport() => new(
            Id, CooperativeId, SalesMonth.Parse(Month), AmountXof, ProgrammeCodes.ParseSalesChannel(Channel), ReportedBy,
            DbTimestamp.Read(ReportedAt), SupersedesId, IsCurrent, IsTest);
    }
}
