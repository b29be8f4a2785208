using Microsoft.Extensions.Options;
using UssdGateway.Core.Engine;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Menus;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Hosting;

/// <summary>
/// Runs before the server accepts requests: checks the settings, migrates the database (unless
/// <c>Database:MigrateOnStart</c> is false) and loads the menus. Any failure stops the start with its reason.
/// </summary>
public sealed class GatewayStartup(IServiceProvider services, IConfiguration configuration, ILogger<GatewayStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<UssdOptions>();
            if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var reload = configuration.GetValue<int?>(EngineServiceCollectionExtensions.ReloadSecondsKey) ?? 5;
            await services.GetRequiredService<LiveMenuCatalog>().StartAsync(TimeSpan.FromSeconds(Math.Max(0, reload)), cancellationToken);
            _ = services.GetRequiredService<UssdEngine>();
        }
        catch (Exception e) when (e is MenuLoadException or DatabaseMigrationException or InvalidOperationException or OptionsValidationException)
        {
            logger.LogCritical("UssdGateway cannot start: {Reason}", e.Message);
            throw new GatewayStartupException(e.Message, e);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
