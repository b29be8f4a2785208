using System.Security.Claims;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Notices;

namespace UssdGateway.Api.Sessions;

public static class SessionEndpoints
{
    public const string Path = "/api/sessions";

    /// <summary>
    /// <c>POST /api/sessions/{id}/move</c> (<c>{"startsAt": "2026-12-09T09:00:00Z", "place": "…"}</c>) and
    /// <c>POST /api/sessions/{id}/cancel</c>, staff: the change is made and everyone booked is told at once by SMS
    /// (quiet hours permitting). 404 for an unknown (or, to move, cancelled) session; 400 for a start in the past.
    /// </summary>
    public static IEndpointRouteBuilder MapSessionChanges(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path + "/{id:long}/move", async (long id, SessionMoveBody body, SessionChangeNotifier notifier, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            if (body.StartsAt is not { } startsAt) return Results.Problem("startsAt is needed (ISO 8601, e.g. 2026-12-09T09:00:00Z)", statusCode: StatusCodes.Status400BadRequest);
            if (startsAt <= time.GetUtcNow()) return Results.Problem("startsAt must be in the future", statusCode: StatusCodes.Status400BadRequest);
            var place = string.IsNullOrWhiteSpace(body.Place) ? null : body.Place.Trim();
            var (changed, told) = await notifier.MoveAsync(id, startsAt, place, Actor(user), cancellationToken);
            return changed
                ? Results.Ok(new SessionChangeResult(id, "moved", told))
                : Results.Problem($"no session {id} to move (unknown or cancelled)", statusCode: StatusCodes.Status404NotFound);
        }).RequireAuthorization(ConsolePolicies.Staff);

        app.MapPost(Path + "/{id:long}/cancel", async (long id, SessionChangeNotifier notifier, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        {
            var (changed, told) = await notifier.CancelAsync(id, Actor(user), cancellationToken);
            return changed
                ? Results.Ok(new SessionChangeResult(id, "cancelled", told))
                : Results.Problem($"no session {id} to cancel (unknown or already cancelled)", statusCode: StatusCodes.Status404NotFound);
        }).RequireAuthorization(ConsolePolicies.Staff);
        return app;
    }

    private static ProgrammeActor Actor(ClaimsPrincipal user) => ProgrammeActor.Staff(user.Identity?.Name ?? "unknown");
}
