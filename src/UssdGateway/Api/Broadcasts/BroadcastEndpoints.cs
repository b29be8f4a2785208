using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Infrastructure.Broadcasts;

namespace UssdGateway.Api.Broadcasts;

public static class BroadcastEndpoints
{
    public const string Path = "/api/broadcasts";

    /// <summary>
    /// <c>POST /api/broadcasts/preview</c> (recipients, opted out, per-language text, encoding, parts, cost; nothing
    /// sent), <c>POST /api/broadcasts</c> (sends: 201 with its id) — staff; <c>GET /api/broadcasts/{id}</c> (its
    /// messages by status) — viewer. A body that cannot be a broadcast: 400 with the reason.
    /// </summary>
    public static IEndpointRouteBuilder MapBroadcasts(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path + "/preview", async (BroadcastBody body, BroadcastService broadcasts, CancellationToken cancellationToken) =>
        {
            var (request, problem) = body.ToRequest();
            return request is null
                ? Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest)
                : Results.Ok(await broadcasts.PreviewAsync(request, cancellationToken));
        }).RequireAuthorization(ConsolePolicies.Staff);

        app.MapPost(Path, async (BroadcastBody body, BroadcastService broadcasts, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (request, problem) = body.ToRequest();
            if (request is null) return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            var id = await broadcasts.SendAsync(request, "staff:" + (user.Identity?.Name ?? "unknown"), cancellationToken);
            return Results.Created($"{Path}/{id}", await broadcasts.GetAsync(id, cancellationToken));
        }).RequireAuthorization(ConsolePolicies.Staff);

        app.MapGet(Path + "/{id:long}", async (long id, BroadcastService broadcasts, CancellationToken cancellationToken) =>
            await broadcasts.GetAsync(id, cancellationToken) is { } status
                ? Results.Ok(status)
                : Results.Problem($"no broadcast {id}", statusCode: StatusCodes.Status404NotFound)).RequireAuthorization(ConsolePolicies.Viewer);
        return app;
    }
}
