using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class CooperativeEndpoints
{
    /// <summary><c>GET /api/cooperatives</c> and <c>GET /api/sales-reports?month=yyyy-MM&amp;cooperative=&amp;history=</c>, viewer.</summary>
    public static IEndpointRouteBuilder MapCooperativeRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cooperatives", async (int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListCooperativesAsync(p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListCooperatives");

        app.MapGet("/api/sales-reports", async (string? month, long? cooperative, bool? history, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
        {
            SalesMonth? parsed = null;
            if (!string.IsNullOrWhiteSpace(month))
            {
                if (!SalesMonth.TryParse(month, out var m)) return ApiProblems.BadRequest("month must read yyyy-MM");
                parsed = m;
            }
            return PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListSalesReportsAsync(parsed, cooperative, history == true, p, cancellationToken))
                : ApiProblems.BadRequest(problem);
        }).RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListSalesReports");
        return app;
    }
}
