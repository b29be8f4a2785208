using UssdGateway.Admin.Security;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class BeneficiaryEndpoints
{
    public const string Path = "/api/beneficiaries";

    /// <summary><c>GET /api/beneficiaries?q=&amp;page=&amp;size=</c> (search by name or number) and <c>GET /api/beneficiaries/{id}</c> (bookings, loans, messages), viewer.</summary>
    public static IEndpointRouteBuilder MapBeneficiaryRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (string? q, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
            PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.SearchBeneficiariesAsync(q, p, cancellationToken))
                : ApiProblems.BadRequest(problem))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("SearchBeneficiaries");

        app.MapGet(Path + "/{id:long}", async (long id, BeneficiaryDetails details, CancellationToken cancellationToken) =>
            await details.GetAsync(id, cancellationToken) is { } detail
                ? Results.Ok(detail)
                : ApiProblems.NotFound($"no beneficiary {id}"))
            .RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("GetBeneficiary");
        return app;
    }
}
