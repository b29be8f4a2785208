using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class CooperativeEndpoints
{
    /// <summary>
    /// <c>GET /api/cooperatives</c> and <c>GET /api/sales-reports?month=yyyy-MM&amp;cooperative=&amp;history=</c>, viewer;
    /// <c>POST /api/cooperatives</c> (409 when the name is taken in that commune) and <c>POST /api/cooperatives/{id}/leaders</c>
    /// (201 added, 200 already a leader, 404 unknown cooperative), staff; 400 with the reason.
    /// </summary>
    public static IEndpointRouteBuilder MapCooperativeRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cooperatives", async (int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListCooperativesAsync(p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListCooperatives");

        app.MapPost("/api/cooperatives", async (CooperativeBody body, ICooperativeRepository cooperatives, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (cooperative, problem) = body.ToCooperative();
            if (cooperative is null) return ApiProblems.BadRequest(problem);
            try
            {
                var id = await cooperatives.CreateAsync(cooperative, ApiActor.Of(user), cancellationToken);
                return Results.Created($"/api/cooperatives/{id}", Created(await cooperatives.GetAsync(id, cancellationToken)));
            }
            catch (InvalidOperationException)
            {
                return ApiProblems.Conflict($"a cooperative named '{cooperative.Name}' already exists in commune {cooperative.Commune}");
            }
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("CreateCooperative");

        app.MapPost("/api/cooperatives/{id:long}/leaders", async (long id, LeaderBody body, CooperativeLeaders leaders, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var result = await leaders.AddAsync(id, body, ApiActor.Of(user), cancellationToken);
            var leader = new { cooperativeId = id, phone = result.Phone, beneficiaryId = result.LinkedTo?.Id, fullName = result.LinkedTo?.FullName, registeredOnNumber = result.RegisteredOnNumber };
            return result.Outcome switch
            {
                LeaderOutcome.Added => Results.Created($"/api/cooperatives/{id}/leaders", leader),
                LeaderOutcome.AlreadyLeader => Results.Ok(leader),
                LeaderOutcome.CooperativeNotFound => ApiProblems.NotFound($"no cooperative {id}"),
                LeaderOutcome.NotOnThatNumber => ApiProblems.BadRequest($"beneficiary {body.BeneficiaryId} is not registered on {result.Phone}"),
                _ => ApiProblems.BadRequest("phone must be a Malian number (8 digits, with or without +223)"),
            };
        }).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("AddCooperativeLeader");

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

    private static object? Created(Cooperative? cooperative) => cooperative is null ? null : new
    {
        cooperative.Id, cooperative.Name, Form = CooperativeForms.Code(cooperative.Form), cooperative.Sector, cooperative.Commune, cooperative.MembersCount,
    };
}
