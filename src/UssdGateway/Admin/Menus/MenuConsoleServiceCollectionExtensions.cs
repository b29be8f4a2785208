using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Admin.Menus;

public static class MenuConsoleServiceCollectionExtensions
{
    /// <summary>What the menus page needs: the history of published versions and the publisher.</summary>
    public static IServiceCollection AddMenuConsole(this IServiceCollection services)
    {
        services.TryAddSingleton<MenuHistory>();
        services.TryAddSingleton<MenuPublisher>();
        return services;
    }
}
