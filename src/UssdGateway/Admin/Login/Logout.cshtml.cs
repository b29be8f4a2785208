using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UssdGateway.Admin.Security;

namespace UssdGateway.Admin.Login;

/// <summary><c>POST /admin/logout</c> (anti-forgery checked): ends the sign-in and returns to the login page.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(ConsolePaths.Admin);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSchemes.Cookie);
        return LocalRedirect(ConsolePaths.Login);
    }
}
