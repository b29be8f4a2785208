using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using UssdGateway.Admin.Security;

namespace UssdGateway.Api;

public static class WhoAmIEndpoints
{
    public const string Path = "/api/whoami";

    /// <summary><c>GET /api/whoami</c>: who the caller is (an API key or a signed-in account) and its role, for an integration to check its key.</summary>
    public static IEndpointRouteBuilder MapWhoAmI(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, WhoAmI).RequireAuthorization(ConsolePolicies.Viewer).WithName("WhoAmI");
        return app;
    }

    public static Ok<WhoAmI> WhoAmI(ClaimsPrincipal user) =>
        TypedResults.Ok(new WhoAmI(user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", user.Identity?.AuthenticationType ?? ""));
}
