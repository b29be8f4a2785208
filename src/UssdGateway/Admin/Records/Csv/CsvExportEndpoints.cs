using System.Globalization;
using UssdGateway.Admin.Security;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Admin.Records.Csv;

public static class CsvExportEndpoints
{
    public const string Path = "/admin/records/csv";

    /// <summary>The lists the console exports: <c>GET /admin/records/csv/{kind}?sep=;</c>, every row, for every role.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["beneficiaries", "cohorts", "sessions", "cooperatives", "sales-reports", "loans", "messages"];

    /// <summary><c>GET /admin/records/csv/{kind}</c> (viewer): the whole list as CSV, UTF-8 with BOM; <c>?sep=;</c> for Excel in French; messages take <c>?direction=in|out</c>.</summary>
    public static IEndpointRouteBuilder MapRecordsCsvExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{kind}", async (string kind, string? sep, string? direction, ProgrammeRecords records, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var separator = CsvText.Separator(sep);
            var all = RecordsPage.All;
            byte[]? bytes = kind switch
            {
                "beneficiaries" => CsvText.Write((await records.SearchBeneficiariesAsync(null, all, cancellationToken)).Items, separator, BeneficiaryCsvRow.Columns),
                "cohorts" => CsvText.Write((await records.ListCohortsAsync(all, cancellationToken)).Items, separator, CohortCsvRow.Columns),
                "sessions" => CsvText.Write((await records.ListSessionsAsync(null, all, cancellationToken)).Items, separator, ListCsvColumns.Sessions),
                "cooperatives" => CsvText.Write((await records.ListCooperativesAsync(all, cancellationToken)).Items, separator, ListCsvColumns.Cooperatives),
                "sales-reports" => CsvText.Write((await records.ListSalesReportsAsync(null, null, false, all, cancellationToken)).Items, separator, ListCsvColumns.SalesReports),
                "loans" => CsvText.Write((await records.ListLoansAsync(null, all, cancellationToken)).Items, separator, ListCsvColumns.Loans),
                "messages" => CsvText.Write((await records.ListMessagesAsync(direction == MessageDirection.Out ? MessageDirection.Out : MessageDirection.In, null, null, all, cancellationToken)).Items, separator, ListCsvColumns.Messages),
                _ => null,
            };
            if (bytes is null) return Results.NotFound();
            var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Results.File(bytes, "text/csv; charset=utf-8", $"{kind}-{day}.csv");
        }).RequireAuthorization(ConsolePolicies.Viewer);
        return app;
    }
}
