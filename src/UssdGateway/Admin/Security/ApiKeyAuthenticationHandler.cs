using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Admin.Security;

/// <summary>
/// Authenticates integrations by API key (<c>X-Api-Key: ugw_…</c> or <c>Authorization: Bearer ugw_…</c>), looked up
/// by its hash; a revoked or unknown key fails. Challenges and refusals are JSON problems (401, 403).
/// </summary>
public sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string HeaderName = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    private readonly IApiKeys _keys;

    public ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiKeys keys)
        : base(options, logger, encoder) => _keys = keys;

    /// <summary>True when the request carries a key, so the API key scheme (not the cookie) decides.</summary>
    public static bool CarriesKey(HttpRequest request) => KeyOf(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key) return AuthenticateResult.NoResult();
        var info = await _keys.AuthenticateAsync(key, Context.RequestAborted).ConfigureAwait(false);
        if (info is null) return AuthenticateResult.Fail("unknown or revoked API key");
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "apikey:" + info.Id),
                new Claim(ClaimTypes.Name, "apikey:" + info.Name),
                new Claim(ClaimTypes.Role, info.Role.Code()),
            ],
            Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ConsoleProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ConsoleProblems.WriteAsync(Context, StatusCodes.Status403Forbidden);

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header) return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > BearerPrefix.Length
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }
}
