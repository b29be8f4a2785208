using UssdGateway.Core.Accounts;

namespace UssdGateway.Admin.Security;

/// <summary>
/// The console's authorisation policies, for endpoints under <c>/admin</c> and <c>/api</c>:
/// <c>.RequireAuthorization(ConsolePolicies.Staff)</c>. <see cref="Viewer"/>: any role (read only);
/// <see cref="Staff"/>: staff or admin (records, broadcasts, the simulator, the jobs dashboard);
/// <see cref="Admin"/>: admin (menus, users, settings). A path under <c>/admin</c> or <c>/api</c> that names no policy
/// still requires <see cref="Viewer"/> (see <see cref="ConsoleGate"/>); mount middleware-based dashboards (Hangfire's)
/// after <c>UseConsoleSecurity()</c>, or map them as endpoints with a policy.
/// </summary>
public static class ConsolePolicies
{
    public const string Viewer = "viewer";
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>The roles each policy lets in.</summary>
    public static IReadOnlyList<string> RolesOf(string policy) => policy switch
    {
        Viewer => [StaffRoles.AdminCode, StaffRoles.StaffCode, StaffRoles.ViewerCode],
        Staff => [StaffRoles.AdminCode, StaffRoles.StaffCode],
        Admin => [StaffRoles.AdminCode],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "not a console policy"),
    };
}
