using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Admin.Security;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Admin.Login;

/// <summary>
/// <c>/admin/login</c>: user name and password (anti-forgery checked), throttled per user name and address before any
/// password is checked. With no account yet, the page says how to create the first admin (no self-signup).
/// </summary>
public sealed class LoginModel : PageModel
{
    private readonly IStaffAccounts _accounts;
    private readonly LoginThrottle _throttle;

    public LoginModel(IStaffAccounts accounts, LoginThrottle throttle)
    {
        _accounts = accounts;
        _throttle = throttle;
    }

    [BindProperty]
    public string Username { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool WaitsForFirstAdmin { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        WaitsForFirstAdmin = await _accounts.CountAsync(cancellationToken) == 0;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (_throttle.LockedFor(address, Username) is { } wait)
        {
            Error = $"Trop de tentatives. Réessayez dans {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var user = await _accounts.SignInAsync(Username, Password, cancellationToken);
        if (user is null)
        {
            _throttle.RecordFailure(address, Username);
            WaitsForFirstAdmin = await _accounts.CountAsync(cancellationToken) == 0;
            Error = "Nom d'utilisateur ou mot de passe incorrect.";
            return Page();
        }
        _throttle.RecordSuccess(Username);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.Username),
                new Claim(ClaimTypes.Role, user.Role.Code()),
                new Claim(ConsoleSchemes.StampClaim, user.SecurityStamp),
            ],
            ConsoleSchemes.Cookie, ClaimTypes.Name, ClaimTypes.Role);
        await HttpContext.SignInAsync(ConsoleSchemes.Cookie, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    /// <summary>Only a path of the console itself: never another site, never a protocol-relative URL.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(ConsolePaths.Admin, StringComparison.OrdinalIgnoreCase)
            && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && !url.StartsWith(ConsolePaths.Login, StringComparison.OrdinalIgnoreCase)
            ? url
            : ConsolePaths.Admin;
}
