using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: it can serve (menus loaded, settings valid);
    /// the session store and database are reported, not used to take the instance out of rotation
    /// (a caller still gets a polite answer when they fail).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Text("live", "text/plain"));
        app.MapGet("/health/ready", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(IMenuCatalog catalog, ISessionStore sessions, IDbConnectionFactory database, CancellationToken cancellationToken)
    {
        var menus = catalog.Menus.Select(m => new
        {
            id = m.Definition.Id,
            version = m.Definition.Version,
            file = m.Definition.FileName,
            serviceCodes = m.Definition.ServiceCodes,
        }).ToList();
        var sessionStore = await sessions.PingAsync(cancellationToken) ? "ok" : "unreachable";
        var databaseStatus = await PingAsync(database, cancellationToken) ? "ok" : "unreachable";
        var ready = menus.Count > 0;
        return Results.Json(
            new { status = ready ? "ready" : "not ready", menus, dependencies = new { sessionStore, database = databaseStatus } },
            statusCode: ready ? 200 : 503);
    }

    private static async Task<bool> PingAsync(IDbConnectionFactory database, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var connection = await database.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
