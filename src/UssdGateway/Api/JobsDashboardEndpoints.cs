using Hangfire;
using UssdGateway.Admin.Security;

namespace UssdGateway.Api;

public static class JobsDashboardEndpoints
{
    public const string Path = "/admin/jobs";

    /// <summary>
    /// Hangfire's dashboard at <c>/admin/jobs</c>, for staff, through the console's own sign-in (Hangfire's
    /// local-requests rule is replaced by the <c>staff</c> policy); over this host's job storage.
    /// </summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        var storage = app.ServiceProvider.GetRequiredService<JobStorage>();
        app.MapHangfireDashboard(Path, new DashboardOptions { Authorization = [], AppPath = "/admin", DashboardTitle = "UssdGateway: jobs" }, storage)
            .RequireAuthorization(ConsolePolicies.Staff);
        return app;
    }
}
