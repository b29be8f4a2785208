using System.Globalization;
using Dapper;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The programme's figures from SQLite or SQL Server (see <see cref="FiguresSql"/>); test rows left out. Age bands and
/// loan arrears are computed here, as of today in Bamako.
/// </summary>
public sealed class ProgrammeFigures : IProgrammeFigures
{
    private readonly IDbConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly FiguresSql _sql;

    public ProgrammeFigures(IDbConnectionFactory connections, TimeProvider time)
    {
        _connections = connections;
        _time = time;
        _sql = FiguresSql.For(connections.Dialect);
    }

    public async Task<RegistrationFigures> GetRegistrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<CountRow>(new CommandDefinition(
            _sql.RegistrationCounts, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

        IReadOnlyList<FigureCount> Split(string dimension) => rows
            .Where(r => r.Dimension == dimension)
            .Select(r => new FigureCount(r.Value ?? "", checked((int)r.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

        var today = BamakoTime.Today(_time);
        var bands = rows
            .Where(r => r.Dimension == "birth_year")
            .GroupBy(r => AgeBands.Of(int.Parse(r.Value ?? "0", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), today))
            .ToDictionary(g => g.Key, g => checked((int)g.Sum(r => r.Count)));
        var byAgeBand = AgeBands.All
            .Where(band => band is not (AgeBands.Under15 or AgeBands.NotGiven) || bands.ContainsKey(band))
            .Select(band => new FigureCount(band, bands.GetValueOrDefault(band)))
            .ToList();

        var byCommune = Split("commune");
        return new RegistrationFigures(
            byCommune.Sum(c => c.Count), IProgrammeFigures.RegistrationTarget,
            byCommune, Split("sector"), Split("gender"), byAgeBand, Split("region"));
    }

    public async Task<IReadOnlyList<CohortFigures>> GetCohortsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CohortRow>(new CommandDefinition(_sql.Cohorts, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new CohortFigures(r.CohortId, r.Name, r.Commune, r.Sector,
            checked((int)r.Sessions), checked((int)r.Places), checked((int)r.Booked), checked((int)r.Cancelled), checked((int)r.Attended))).ToList();
    }

    public async Task<IReadOnlyList<CooperativeMonthSales>> GetSalesAsync(SalesMonth? from = null, SalesMonth? to = null, CancellationToken cancellationToken = default)
    {
        var parameters = new { From = from?.ToString(), To = to?.ToString() };
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SalesRow>(new CommandDefinition(_sql.Sales, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new CooperativeMonthSales(r.CooperativeId, r.Name, SalesMonth.Parse(r.Month), r.AmountXof)).ToList();
    }

    public async Task<LoanPortfolioFigures> GetLoanPortfolioAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var loans = (await connection.QueryAsync<LoanRow>(new CommandDefinition(_sql.Loans, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        var instalments = (await connection.QueryAsync<InstalmentRow>(new CommandDefinition(_sql.Instalments, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(i => i.LoanId, i => new LoanInstalment(checked((int)i.Number), DbDate.Read(i.DueOn), i.AmountXof));

        var today = BamakoTime.Today(_time);
        long disbursed = 0, repaid = 0, outstanding = 0, dueToDate = 0, overdue = 0, repaidOfDue = 0;
        var overdueLoans = 0;
        foreach (var loan in loans)
        {
            var position = LoanPosition.Compute(loan.PrincipalXof, instalments[loan.Id], loan.RepaidXof, today);
            disbursed += loan.PrincipalXof;
            repaid += loan.RepaidXof;
            outstanding += position.BalanceXof;
            dueToDate += position.DueToDateXof;
            repaidOfDue += Math.Min(loan.RepaidXof, position.DueToDateXof);
            overdue += position.OverdueXof;
            if (position.IsOverdue) overdueLoans++;
        }
        double? rate = dueToDate == 0 ? null : (double)repaidOfDue / dueToDate;
        return new LoanPortfolioFigures(loans.Count, disbursed, repaid, outstanding, dueToDate, overdue, overdueLoans, rate);
    }

    private sealed class CountRow
    {
        public string Dimension { get; set; } = "";
        public string? Value { get; set; }
        public long Count { get; set; }
    }

    private sealed class CohortRow
    {
        public long CohortId { get; set; }
        public string Name { get; set; } = "";
        public string Commune { get; set; } = "";
        public string Sector { get; set; } = "";
        public long Sessions { get; set; }
        public long Places { get; set; }
        public long Booked { get; set; }
        public long Cancelled { get; set; }
        public long Attended { get; set; }
    }

    private sealed class SalesRow
    {
        public long CooperativeId { get; set; }
        public string Name { get; set; } = "";
        public string Month { get; set; } = "";
        public long AmountXof { get; set; }
    }

    private sealed class LoanRow
    {
        public long Id { get; set; }
        public long PrincipalXof { get; set; }
        public long RepaidXof { get; set; }
    }

    private sealed class InstalmentRow
    {
        public long LoanId { get; set; }
        public long Number { get; set; }
        public object DueOn { get; set; } = "";
        public long AmountXof { get; set; }
    }
}
