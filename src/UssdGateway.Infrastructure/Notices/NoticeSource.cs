using Dapper;
using UssdGateway.Core.Notices;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Notices;

/// <summary>Reads bookings, open instalments and leaders for the notices (<see cref="NoticeSql"/>).</summary>
public sealed class NoticeSource(IDbConnectionFactory connections) : INoticeSource
{
    private readonly NoticeSql _sql = NoticeSql.For(connections.Dialect);

    public Task<IReadOnlyList<BookedSeat>> GetBookedSeatsAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        SeatsAsync(_sql.SeatsBetween, new
        {
            From = DbTimestamp.Write(connections.Dialect, BamakoTime.StartOf(day)),
            To = DbTimestamp.Write(connections.Dialect, BamakoTime.StartOf(day.AddDays(1))),
        }, cancellationToken);

    public Task<IReadOnlyList<BookedSeat>> GetBookedSeatsOfSessionAsync(long sessionId, CancellationToken cancellationToken = default) =>
        SeatsAsync(_sql.SeatsOfSession, new { SessionId = sessionId }, cancellationToken);

    public async Task<IReadOnlyList<OpenInstalment>> GetOpenInstalmentsAsync(IReadOnlyCollection<DateOnly> dueDates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dueDates);
        if (dueDates.Count == 0) return [];
        var rows = new List<InstalmentRow>();
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in dueDates.Distinct().Chunk(4)) // four dates a statement (a notice day asks for four); the last repeats to fill
        {
            var dates = Enumerable.Range(0, 4).Select(i => DbDate.Write(connections.Dialect, chunk[Math.Min(i, chunk.Length - 1)])).ToArray();
            rows.AddRange(await connection.QueryAsync<InstalmentRow>(new CommandDefinition(_sql.OpenInstalments,
                new { Date1 = dates[0], Date2 = dates[1], Date3 = dates[2], Date4 = dates[3] }, cancellationToken: cancellationToken)).ConfigureAwait(false));
        }
        return [.. rows.Select(r => new OpenInstalment(
            r.InstalmentId, r.LoanReference, checked((int)r.Number), DbDate.Read(r.DueOn),
            Math.Min(r.AmountXof, r.Cumulative - r.Paid), r.BorrowerName, r.PhoneE164, r.Language, r.IsTest != 0))];
    }

    public async Task<IReadOnlyList<LeaderContact>> GetLeadersAsync(SalesMonth month, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LeaderRow>(new CommandDefinition(_sql.Leaders,
            new { Month = month.ToString() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new LeaderContact(r.CooperativeId, r.CooperativeName, r.PhoneE164, r.Language, r.HasReported != 0, r.IsTest != 0))];
    }

    private async Task<IReadOnlyList<BookedSeat>> SeatsAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SeatRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new BookedSeat(
            r.SessionId, DbTimestamp.Read(r.StartsAt), r.Place, r.CohortName, r.BeneficiaryId, r.FullName, r.PhoneE164, r.Language, r.IsTest != 0))];
    }

    private sealed class SeatRow
    {
        public long SessionId { get; set; }
        public object StartsAt { get; set; } = "";
        public string Place { get; set; } = "";
        public string CohortName { get; set; } = "";
        public long BeneficiaryId { get; set; }
        public string FullName { get; set; } = "";
        public string PhoneE164 { get; set; } = "";
        public string Language { get; set; } = "fr";
        public long IsTest { get; set; }
    }

    private sealed class InstalmentRow
    {
        public long InstalmentId { get; set; }
        public string LoanReference { get; set; } = "";
        public long Number { get; set; }
        public object DueOn { get; set; } = "";
        public long AmountXof { get; set; }
        public long Cumulative { get; set; }
        public long Paid { get; set; }
        public string BorrowerName { get; set; } = "";
        public string PhoneE164 { get; set; } = "";
        public string Language { get; set; } = "fr";
        public long IsTest { get; set; }
    }

    private sealed class LeaderRow
    {
        public long CooperativeId { get; set; }
        public string CooperativeName { get; set; } = "";
        public string PhoneE164 { get; set; } = "";
        public string Language { get; set; } = "fr";
        public long HasReported { get; set; }
        public long IsTest { get; set; }
    }
}
