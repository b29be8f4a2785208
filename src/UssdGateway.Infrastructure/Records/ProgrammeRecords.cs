using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Records;

/// <summary>
/// The staff console's read side over the programme's records: searches and paged lists (see <see cref="RecordsSql"/>).
/// Single rows and changes go through the repositories (<see cref="ITrainingRepository"/>, <see cref="ILoanRepository"/>…).
/// </summary>
public sealed class ProgrammeRecords(IDbConnectionFactory connections, ILoanRepository loans)
{
    private readonly RecordsSql _sql = RecordsSql.For(connections.Dialect);

    /// <summary>Beneficiaries whose name or number contains <paramref name="query"/> (everyone when empty), by name.</summary>
    public async Task<RecordsList<Beneficiary>> SearchBeneficiariesAsync(string? query, RecordsPage page, CancellationToken cancellationToken = default)
    {
        var like = string.IsNullOrWhiteSpace(query) ? null : "%" + query.Trim().Replace("[", "", StringComparison.Ordinal) + "%";
        var rows = await ListAsync<BeneficiaryRow>(_sql.SearchBeneficiaries, page, new { Like = like }, cancellationToken).ConfigureAwait(false);
        return Map(rows, page, r => r.ToBeneficiary());
    }

    public async Task<Beneficiary?> GetBeneficiaryAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<BeneficiaryRow>(new CommandDefinition(
            _sql.GetBeneficiary, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToBeneficiary();
    }

    /// <summary>Cohorts, latest start first.</summary>
    public async Task<RecordsList<CohortRecord>> ListCohortsAsync(RecordsPage page, CancellationToken cancellationToken = default) =>
        Map(await ListAsync<RecordRows.Cohort>(_sql.ListCohorts, page, new { }, cancellationToken).ConfigureAwait(false), page, r => r.ToRecord());

    /// <summary>Sessions (of one cohort, or all), soonest first, in any status.</summary>
    public async Task<RecordsList<TrainingSlot>> ListSessionsAsync(long? cohortId, RecordsPage page, CancellationToken cancellationToken = default) =>
        Map(await ListAsync<SlotRow>(_sql.ListSessions, page, new { CohortId = cohortId }, cancellationToken).ConfigureAwait(false), page, r => r.ToSlot());

    /// <summary>A session's bookings (active first), with attendance.</summary>
    public async Task<RecordsList<BookingRecord>> ListBookingsAsync(long sessionId, RecordsPage page, CancellationToken cancellationToken = default) =>
        Map(await ListAsync<RecordRows.Booking>(_sql.ListBookings, page, new { SessionId = sessionId }, cancellationToken).ConfigureAwait(false), page, r => r.ToRecord());

    /// <summary>Cooperatives by name.</summary>
    public async Task<RecordsList<CooperativeRecord>> ListCooperativesAsync(RecordsPage page, CancellationToken cancellationToken = default) =>
        Map(await ListAsync<RecordRows.Cooperative>(_sql.ListCooperatives, page, new { }, cancellationToken).ConfigureAwait(false), page, r => r.ToRecord());

    public async Task<IReadOnlyList<LeaderRecord>> ListLeadersAsync(long cooperativeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LeaderRecord>(new CommandDefinition(
            _sql.ListLeaders, new { CooperativeId = cooperativeId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows];
    }

    /// <summary>Sales reports (of a month and/or a cooperative; only current versions unless <paramref name="withHistory"/>), newest month first.</summary>
    public async Task<RecordsList<SalesReportRecord>> ListSalesReportsAsync(SalesMonth? month, long? cooperativeId, bool withHistory, RecordsPage page, CancellationToken cancellationToken = default)
    {
        var parameters = new { Month = month?.ToString(), CooperativeId = cooperativeId, CurrentOnly = !withHistory };
        return Map(await ListAsync<RecordRows.Sales>(_sql.ListSalesReports, page, parameters, cancellationToken).ConfigureAwait(false), page, r => r.ToRecord());
    }

    /// <summary>Loans (of a beneficiary, or all) oldest first, each as it stands today.</summary>
    public async Task<RecordsList<LoanSummary>> ListLoansAsync(long? beneficiaryId, RecordsPage page, CancellationToken cancellationToken = default)
    {
        var ids = await ListAsync<long>(_sql.ListLoanIds, page, new { BeneficiaryId = beneficiaryId }, cancellationToken).ConfigureAwait(false);
        var summaries = new List<LoanSummary>();
        foreach (var id in ids.Take(page.Size))
            if (await loans.GetLoanAsync(id, cancellationToken).ConfigureAwait(false) is { } loan) summaries.Add(loan);
        return new RecordsList<LoanSummary>(summaries, page.Number, page.Size, ids.Count > page.Size);
    }

    /// <summary>SMS received (<see cref="MessageDirection.In"/>) or sent (<see cref="MessageDirection.Out"/>), newest first.</summary>
    public async Task<RecordsList<MessageRecord>> ListMessagesAsync(string direction, string? status, string? phone, RecordsPage page, CancellationToken cancellationToken = default)
    {
        var sql = direction == MessageDirection.In ? _sql.ListInbox : _sql.ListOutbox;
        var rows = await ListAsync<RecordRows.Message>(sql, page, new { Status = status, Phone = phone }, cancellationToken).ConfigureAwait(false);
        return Map(rows, page, r => r.ToRecord(direction));
    }

    private async Task<IReadOnlyList<TRow>> ListAsync<TRow>(string sql, RecordsPage page, object filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(filter);
        parameters.Add("Skip", page.Skip);
        parameters.Add("Take", page.Size + 1); // one more tells whether a next page exists
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];
    }

    private static RecordsList<TOut> Map<TRow, TOut>(IReadOnlyList<TRow> rows, RecordsPage page, Func<TRow, TOut> map) =>
        new([.. rows.Take(page.Size).Select(map)], page.Number, page.Size, rows.Count > page.Size);
}
