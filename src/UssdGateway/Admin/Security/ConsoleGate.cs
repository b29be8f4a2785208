using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace UssdGateway.Admin.Security;

/// <summary>
/// The fallback for everything under <c>/admin</c> and <c>/api</c>: a request whose endpoint names no policy (or that
/// matched no endpoint at all) must still satisfy <see cref="ConsolePolicies.Viewer"/>, so an anonymous visitor is sent
/// to sign in (or gets 401) whatever the path, and learns nothing of which paths exist. Endpoints marked
/// <c>AllowAnonymous</c> (the login page) and endpoints with their own policy pass through to the authorisation middleware.
/// Webhooks and <c>/health</c> are outside these paths and stay anonymous. Console responses get
/// <see cref="ConsoleResponseHeaders"/>.
/// </summary>
internal sealed class ConsoleGate
{
    private readonly RequestDelegate _next;

    public ConsoleGate(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
    {
        if (!ConsolePaths.IsProtected(context.Request.Path))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }
        ConsoleResponseHeaders.Apply(context.Response);
        if (NamesItsOwnRule(context.GetEndpoint()))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }
        var policy = (await policies.GetPolicyAsync(ConsolePolicies.Viewer).ConfigureAwait(false))!;
        var authentication = await evaluator.AuthenticateAsync(policy, context).ConfigureAwait(false);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, context, context).ConfigureAwait(false);
        if (authorization.Challenged) await context.ChallengeAsync().ConfigureAwait(false);
        else if (authorization.Forbidden) await context.ForbidAsync().ConfigureAwait(false);
        else await _next(context).ConfigureAwait(false);
    }

    private static bool NamesItsOwnRule(Endpoint? endpoint) =>
        endpoint is not null
        && (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null);
}
