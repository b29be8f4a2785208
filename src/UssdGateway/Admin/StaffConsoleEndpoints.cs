using UssdGateway.Api;

namespace UssdGateway.Admin;

public static class StaffConsoleEndpoints
{
    /// <summary>
    /// The console's pages: <c>/admin</c> (dashboard), <c>/admin/login</c>, <c>/admin/logout</c>, <c>/admin/users</c>;
    /// and <c>GET /api/whoami</c>, for an integration to check its API key.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapWhoAmI();
        return app;
    }
}
