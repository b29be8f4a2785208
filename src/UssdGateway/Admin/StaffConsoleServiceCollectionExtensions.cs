using UssdGateway.Admin.Security;

namespace UssdGateway.Admin;

public static class StaffConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The staff console: its security (<see cref="ConsoleSecurityServiceCollectionExtensions.AddConsoleSecurity"/>) and
    /// its server-rendered Razor Pages, kept in <c>Admin/</c> (one folder per page). Every page requires
    /// <see cref="ConsolePolicies.Viewer"/> at least, except the login page.
    /// </summary>
    public static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConsoleSecurity(configuration);
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Admin";
            options.Conventions.AuthorizeFolder("/", ConsolePolicies.Viewer);
            options.Conventions.AllowAnonymousToPage("/Login/Login");
        });
        return services;
    }
}
