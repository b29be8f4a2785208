using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Csv;

/// <summary>The columns of the exports that are not imported back: sessions, cooperatives, sales, loans, messages.</summary>
public static class ListCsvColumns
{
    public static readonly IReadOnlyList<CsvColumn<TrainingSlot>> Sessions =
    [
        new("session_id", s => s.SessionId), new("cohort", s => s.CohortName), new("starts_at", s => Stamp(s.StartsAt)),
        new("place", s => s.Place), new("language", s => s.Language), new("trainer", s => s.Trainer),
        new("capacity", s => s.Capacity), new("booked", s => s.Booked), new("status", s => s.Status.ToString().ToLowerInvariant()),
    ];

    public static readonly IReadOnlyList<CsvColumn<CooperativeRecord>> Cooperatives =
    [
        new("id", c => c.Id), new("name", c => c.Name), new("form", c => c.Form), new("sector", c => c.Sector),
        new("commune", c => c.Commune), new("members", c => c.MembersCount), new("leaders", c => c.Leaders),
    ];

    public static readonly IReadOnlyList<CsvColumn<SalesReportRecord>> SalesReports =
    [
        new("cooperative", r => r.CooperativeName), new("month", r => r.Month), new("amount_xof", r => r.AmountXof),
        new("channel", r => r.Channel), new("reported_by", r => r.ReportedBy), new("reported_at", r => Stamp(r.ReportedAt)),
    ];

    public static readonly IReadOnlyList<CsvColumn<LoanSummary>> Loans =
    [
        new("reference", l => l.Reference), new("beneficiary_id", l => l.BeneficiaryId), new("cooperative_id", l => l.CooperativeId),
        new("principal_xof", l => l.PrincipalXof), new("disbursed_on", l => l.DisbursedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("repaid_xof", l => l.Position.RepaidXof), new("balance_xof", l => l.Position.BalanceXof), new("overdue_xof", l => l.Position.OverdueXof),
    ];

    public static readonly IReadOnlyList<CsvColumn<MessageRecord>> Messages =
    [
        new("direction", m => m.Direction), new("id", m => m.Id), new("phone", m => m.Phone), new("text", m => m.Text),
        new("status", m => m.Status), new("at", m => Stamp(m.At)), new("detail", m => m.Detail),
    ];

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
