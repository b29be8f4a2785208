using UssdGateway.Api;
using UssdGateway.Api.Broadcasts;
using UssdGateway.Admin.Records;
using UssdGateway.Api.Sessions;

namespace UssdGateway.Admin;

public static class StaffConsoleEndpoints
{
    /// <summary>
    /// The console's pages: <c>/admin</c> (dashboard), <c>/admin/login</c>, <c>/admin/logout</c>, <c>/admin/users</c>;
    /// <c>GET /api/whoami</c>, for an integration to check its API key; broadcasts and session changes under <c>/api</c>;
    /// the jobs dashboard at <c>/admin/jobs</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffConsole(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapWhoAmI();
        app.MapBroadcasts();
        app.MapSessionChanges();
        app.MapJobsDashboard();
        app.MapRecordsConsole();
        return app;
    }
}
