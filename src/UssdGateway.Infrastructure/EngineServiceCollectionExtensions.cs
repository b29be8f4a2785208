using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Infrastructure;

public static class EngineServiceCollectionExtensions
{
    /// <summary>The USSD engine, its settings (section <c>Ussd</c>), the menus, and the server actions menus may name.</summary>
    public static IServiceCollection AddUssdEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ =>
        {
            var options = new UssdOptions();
            configuration.GetSection(UssdOptions.SectionName).Bind(options);
            var problems = options.Validate().ToList();
            if (problems.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", problems));
            return options;
        });

        services.AddSingleton<IMenuAction, IdentifyCallerAction>();
        services.AddSingleton<IMenuAction, RegisterBeneficiaryAction>();
        services.AddSingleton<IListSource, MaliRegionsListSource>();
        services.TryAddSingleton(sp => new MenuActionRegistry(sp.GetServices<IMenuAction>(), sp.GetServices<IListSource>()));

        services.TryAddSingleton<IMenuCatalog>(sp => MenuCatalogLoader.Load(sp));
        services.TryAddSingleton<UssdEngine>();
        return services;
    }
}
