using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using UssdGateway.Admin.Menus;
using UssdGateway.Admin.Security;
using UssdGateway.Admin.Records;

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
        services.AddMenuConsole();
        services.AddRecordsConsole();
        // Hangfire's dashboard (/admin/jobs) checks that Hangfire's configuration is registered; the storage it shows is
        // handed to it by MapJobsDashboard (this host's own, never Hangfire's process-wide one).
        services.TryAddSingleton<Hangfire.IGlobalConfiguration>(Hangfire.GlobalConfiguration.Configuration);
        services.TryAddSingleton(_ => Hangfire.Dashboard.DashboardRoutes.Routes);
        // Pages are French (and Bambara): write accented letters as they are, not as &#xE9; (markup is still encoded).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Admin";
            options.Conventions.AuthorizeFolder("/", ConsolePolicies.Viewer);
            options.Conventions.AllowAnonymousToPage("/Login/Login");
        });
        return services;
    }
}
