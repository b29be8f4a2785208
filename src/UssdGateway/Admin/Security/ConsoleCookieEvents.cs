using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Admin.Security;

/// <summary>
/// The sign-in cookie's behaviour: every request checks the account still exists, is enabled and has the stamp it
/// signed in with (a password reset, role change or disabling ends its sessions); anonymous pages are redirected to
/// <c>/admin/login</c>, anonymous API calls get 401 and refused ones 403 (never a redirect).
/// </summary>
internal sealed class ConsoleCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(ConsoleSchemes.StampClaim);
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await context.HttpContext.RequestServices.GetRequiredService<IStaffAccounts>().GetAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (user is null || user.Disabled || user.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleSchemes.Cookie).ConfigureAwait(false);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (ConsolePaths.IsApi(context.Request.Path)) return ConsoleProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized);
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        ConsoleProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden);

    public override Task RedirectToLogout(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(ConsolePaths.Login);
        return Task.CompletedTask;
    }
}
