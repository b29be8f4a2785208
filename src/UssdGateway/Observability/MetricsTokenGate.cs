using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace UssdGateway.Observability;

/// <summary>
/// In front of the Prometheus exporter: the request must carry <c>Authorization: Bearer &lt;Metrics:Token&gt;</c>
/// (compared in constant time), else 401 with <c>WWW-Authenticate: Bearer</c> and nothing scraped.
/// </summary>
internal static class MetricsTokenGate
{
    public static Func<HttpContext, RequestDelegate, Task> For(string token)
    {
        var expected = Encoding.UTF8.GetBytes(token);
        return (context, next) =>
        {
            if (Carries(context.Request.Headers.Authorization, expected)) return next(context);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        };
    }

    internal static bool Carries(StringValues authorization, byte[] expected)
    {
        if (authorization.Count != 1 || authorization[0] is not { } header) return false;
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
