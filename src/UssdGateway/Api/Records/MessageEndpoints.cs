using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class MessageEndpoints
{
    /// <summary><c>GET /api/messages?direction=in|out&amp;status=&amp;phone=</c> and <c>GET /api/figures</c> (the dashboard's figures), viewer.</summary>
    public static IEndpointRouteBuilder MapMessageRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/messages", async (string? direction, string? status, string? phone, int? page, int? size, ProgrammeRecords records, CancellationToken cancellationToken) =>
        {
            var list = direction ?? MessageDirection.In;
            if (list is not (MessageDirection.In or MessageDirection.Out)) return ApiProblems.BadRequest("direction must be in or out");
            if (status is not null && !MessageDirection.StatusesOf(list).Contains(status))
                return ApiProblems.BadRequest($"status must be one of {string.Join(", ", MessageDirection.StatusesOf(list))}");
            return PageQuery.Read(page, size, out var problem) is { } p
                ? Results.Ok(await records.ListMessagesAsync(list, status, phone, p, cancellationToken))
                : ApiProblems.BadRequest(problem);
        }).RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("ListMessages");

        app.MapGet("/api/figures", async (IProgrammeFigures figures, CancellationToken cancellationToken) => Results.Ok(new
        {
            Registrations = await figures.GetRegistrationsAsync(cancellationToken),
            Cohorts = await figures.GetCohortsAsync(cancellationToken),
            Loans = await figures.GetLoanPortfolioAsync(cancellationToken),
        })).RequireAuthorization(ConsolePolicies.Viewer).WithTags("Records").WithName("GetFigures");
        return app;
    }
}
