using System.Globalization;
using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

public static class PrivacyRequestEndpoints
{
    public const string Path = "/api/privacy-requests";

    /// <summary>
    /// Deletion and consent-withdrawal requests, staff only (they name people): <c>GET /api/privacy-requests?status=pending|handled</c>
    /// (pending oldest first with the people concerned and what they owe; handled most recent first);
    /// <c>POST /api/privacy-requests/{id}/erase</c>: 200 erased, 404 unknown, 409 already handled or a loan not repaid;
    /// <c>POST /api/privacy-requests/{id}/refuse</c> with <c>{"reason": "…"}</c>: 200 refused, 400 no reason, 404, 409.
    /// </summary>
    public static IEndpointRouteBuilder MapPrivacyRequestRecords(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ListAsync).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("ListPrivacyRequests");
        app.MapPost(Path + "/{id:long}/erase", EraseAsync).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("ErasePrivacyRequest");
        app.MapPost(Path + "/{id:long}/refuse", RefuseAsync).RequireAuthorization(ConsolePolicies.Staff).WithTags("Records").WithName("RefusePrivacyRequest");
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, IDeletionRequests requests, CancellationToken cancellationToken)
    {
        switch (status ?? "pending")
        {
            case "pending":
                var pending = new List<PrivacyRequestItem>();
                foreach (var request in await requests.GetPendingAsync(1000, cancellationToken))
                    pending.Add(PrivacyRequestItem.Of(request, await requests.GetSubjectAsync(request.Id, cancellationToken)));
                return Results.Ok(pending);
            case "handled":
                return Results.Ok((await requests.GetHandledAsync(200, cancellationToken)).Select(r => PrivacyRequestItem.Of(r)).ToList());
            default:
                return ApiProblems.BadRequest("status must be pending or handled");
        }
    }

    private static async Task<IResult> EraseAsync(long id, PrivacyHandling handling, IDeletionRequests requests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var decision = await handling.EraseAsync(id, ApiActor.Of(user), cancellationToken);
        return decision.Outcome switch
        {
            PrivacyDecisionOutcome.Handled => await HandledAsync(id, requests, cancellationToken),
            PrivacyDecisionOutcome.OutstandingLoan => ApiProblems.Conflict(
                "a loan is not repaid (" + decision.OutstandingXof.ToString(CultureInfo.InvariantCulture) + " XOF outstanding): financial records are kept; refuse the request with this reason"),
            _ => await NotPendingAsync(id, requests, cancellationToken),
        };
    }

    private static async Task<IResult> RefuseAsync(long id, RefusalBody? body, PrivacyHandling handling, IDeletionRequests requests, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var decision = await handling.RefuseAsync(id, body?.Reason, ApiActor.Of(user), cancellationToken);
        return decision.Outcome switch
        {
            PrivacyDecisionOutcome.Handled => await HandledAsync(id, requests, cancellationToken),
            PrivacyDecisionOutcome.ReasonRequired => ApiProblems.BadRequest("reason is needed to refuse a request"),
            _ => await NotPendingAsync(id, requests, cancellationToken),
        };
    }

    private static async Task<IResult> HandledAsync(long id, IDeletionRequests requests, CancellationToken cancellationToken) =>
        Results.Ok(PrivacyRequestItem.Of((await requests.GetAsync(id, cancellationToken))!));

    private static async Task<IResult> NotPendingAsync(long id, IDeletionRequests requests, CancellationToken cancellationToken) =>
        await requests.GetAsync(id, cancellationToken) is null
            ? ApiProblems.NotFound($"no privacy request {id}")
            : ApiProblems.Conflict($"privacy request {id} is already handled");
}
