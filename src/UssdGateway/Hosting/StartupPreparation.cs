using Microsoft.Extensions.Options;
using UssdGateway.Core.Engine;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Hosting;

public static class StartupPreparation
{
    /// <summary>
    /// Before the first request: check the settings, migrate the database (unless
    /// <c>Database:MigrateOnStart</c> is false) and load the menus. Any failure stops the start with its reason.
    /// </summary>
    /// <returns>False, with the reason written to the error output, when the service must not start.</returns>
    public static async Task<bool> TryPrepareAsync(this WebApplication app)
    {
        try
        {
            await PrepareAsync(app);
            return true;
        }
        catch (Exception e) when (e is MenuLoadException or DatabaseMigrationException or InvalidOperationException)
        {
            app.Logger.LogCritical("{Reason}", e.Message);
            await Console.Error.WriteLineAsync("UssdGateway cannot start: " + e.Message);
            return false;
        }
    }

    public static async Task PrepareAsync(this WebApplication app)
    {
        var services = app.Services;
        _ = services.GetRequiredService<UssdOptions>();
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
        _ = services.GetRequiredService<IMenuCatalog>();
        _ = services.GetRequiredService<UssdEngine>();
    }
}
