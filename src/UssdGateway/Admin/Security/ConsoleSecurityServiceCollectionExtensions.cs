using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace UssdGateway.Admin.Security;

public static class ConsoleSecurityServiceCollectionExtensions
{
    /// <summary>
    /// Cookie sign-in for staff, API keys for integrations (a policy scheme picks one per request), the three policies
    /// of <see cref="ConsolePolicies"/>, anti-forgery, login throttling and Data Protection keys kept on disk.
    /// </summary>
    public static IServiceCollection AddConsoleSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleSecurityOptions.SectionName);
        services.AddOptions<ConsoleSecurityOptions>().Bind(section)
            .Validate(o => o.MaxFailuresPerUsername > 0 && o.MaxFailuresPerAddress > 0, "Console:MaxFailures* must be positive.")
            .Validate(o => o.FailureWindow > TimeSpan.Zero && o.LockoutDuration > TimeSpan.Zero && o.SessionIdle > TimeSpan.Zero, "Console durations must be positive.")
            .ValidateOnStart();
        var secureAlways = section.GetValue<bool>(nameof(ConsoleSecurityOptions.SecureCookiesAlways));
        var idle = section.GetValue<TimeSpan?>(nameof(ConsoleSecurityOptions.SessionIdle)) ?? new ConsoleSecurityOptions().SessionIdle;
        var securePolicy = secureAlways ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddSingleton<LoginThrottle>();
        services.AddConsoleDataProtection();
        services.AddAuthentication(ConsoleSchemes.Console)
            .AddPolicyScheme(ConsoleSchemes.Console, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context =>
                    ApiKeyAuthenticationHandler.CarriesKey(context.Request) ? ConsoleSchemes.ApiKey : ConsoleSchemes.Cookie)
            .AddCookie(ConsoleSchemes.Cookie, options =>
            {
                options.Cookie.Name = "ussdgw.console";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = securePolicy;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = idle;
                options.SlidingExpiration = true;
                options.LoginPath = ConsolePaths.Login;
                options.LogoutPath = ConsolePaths.Logout;
                options.AccessDeniedPath = ConsolePaths.Admin;
                options.EventsType = typeof(ConsoleCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ConsoleSchemes.ApiKey, null);
        services.AddSingleton<ConsoleCookieEvents>();

        var authorization = services.AddAuthorizationBuilder();
        foreach (var policy in new[] { ConsolePolicies.Viewer, ConsolePolicies.Staff, ConsolePolicies.Admin })
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(ConsolePolicies.RolesOf(policy)));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ussdgw.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = securePolicy;
        });
        return services;
    }

    /// <summary>Authentication, the <see cref="ConsoleGate"/> fallback for <c>/admin</c> and <c>/api</c>, then authorisation.</summary>
    public static WebApplication UseConsoleSecurity(this WebApplication app)
    {
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ConsoleGate>();
        app.UseAuthorization();
        return app;
    }
}
