using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>Loads and checks the menu folder at start; a menu with errors stops the service, saying why.</summary>
public static partial class MenuCatalogLoader
{
    public static IMenuCatalog Load(IServiceProvider services)
    {
        var paths = services.GetRequiredService<GatewayPaths>();
        var options = services.GetRequiredService<UssdOptions>();
        var registry = services.GetRequiredService<MenuActionRegistry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("UssdGateway.Menus");

        var result = MenuLoader.LoadFolder(paths.MenusDirectory, options.Budget, registry.ActionNames, registry.ListSourceNames);
        foreach (var warning in result.Warnings) LogWarning(logger, warning.ToString());
        if (!result.IsValid)
            throw new MenuLoadException(paths.MenusDirectory, result.Errors.ToList());
        if (result.Menus.Count == 0)
            throw new MenuLoadException(paths.MenusDirectory, [new MenuError(paths.MenusDirectory, 0, null, "folder", "no menu file (*.yaml) found")]);

        var catalog = new MenuCatalog(result.Menus);
        foreach (var menu in result.Menus)
            LogLoaded(logger, menu.Id, menu.Version, menu.FileName, string.Join(", ", menu.ServiceCodes));
        return catalog;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Menu warning: {Problem}")]
    private static partial void LogWarning(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Menu {MenuId} version {Version} loaded from {File}, answering {ServiceCodes}")]
    private static partial void LogLoaded(ILogger logger, string menuId, string version, string file, string serviceCodes);
}
