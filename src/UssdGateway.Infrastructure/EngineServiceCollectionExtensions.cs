using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme.Actions;
using Microsoft.Extensions.Logging;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Infrastructure;

public static class EngineServiceCollectionExtensions
{
    /// <summary>Seconds between checks of the menu folder for edits (0: never), key <c>Menus:ReloadSeconds</c>.</summary>
    public const string ReloadSecondsKey = "Menus:ReloadSeconds";

    /// <summary>
    /// The USSD engine, its settings (section <c>Ussd</c>), the menus (reloaded on edit, versions shared through
    /// <see cref="IMenuSourceStore"/>), and the server actions menus may name. Needs the infrastructure's stores.
    /// </summary>
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

        // Confirmation SMS: dropped unless AddSmsGateway replaces this with the outbox (the CLI's menu tools send none).
        services.TryAddSingleton<UssdGateway.Core.Sms.IConfirmationSms>(UssdGateway.Core.Sms.NoConfirmationSms.Instance);
        services.AddSingleton<IMenuAction, IdentifyCallerAction>();
        services.AddSingleton<IMenuAction, RegisterBeneficiaryAction>();
        services.AddSingleton<IMenuAction, HouseholdCheckAction>();
        services.AddSingleton<IMenuAction, ChooseCallerAction>();
        services.AddSingleton<IMenuAction, ProfileStatusAction>();
        services.AddSingleton<IMenuAction, NextProfileFieldAction>();
        services.AddSingleton<IMenuAction, CompleteProfileAction>();
        services.AddSingleton<IListSource, HouseholdMembersListSource>();
        services.AddSingleton<IMenuAction, IdentifyLeaderAction>();
        services.AddSingleton<IMenuAction, AccountStatusAction>();
        services.AddSingleton<IMenuAction, BookTrainingAction>();
        services.AddSingleton<IMenuAction, CancelBookingAction>();
        services.AddSingleton<IMenuAction, PinStatusAction>();
        services.AddSingleton<IMenuAction, SetPinAction>();
        services.AddSingleton<IMenuAction, VerifyPinAction>();
        services.AddSingleton<IMenuAction, RequestDeletionAction>();
        services.AddSingleton<IMenuAction, SalesMonthAction>();
        services.AddSingleton<IMenuAction, SalesAmountAction>();
        services.AddSingleton<IMenuAction, ReportSalesAction>();
        services.AddSingleton<IListSource, MaliRegionsListSource>();
        services.AddSingleton<IListSource, TrainingSlotsListSource>();
        services.AddSingleton<IListSource, LedCooperativesListSource>();
        services.TryAddSingleton(sp => new MenuActionRegistry(sp.GetServices<IMenuAction>(), sp.GetServices<IListSource>()));

        services.TryAddSingleton(sp => new LiveMenuCatalog(
            sp.GetRequiredService<GatewayPaths>().MenusDirectory,
            sp.GetRequiredService<UssdOptions>(),
            sp.GetRequiredService<MenuActionRegistry>(),
            sp.GetRequiredService<IMenuSourceStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LiveMenuCatalog>>()));
        services.TryAddSingleton<IMenuCatalog>(sp => sp.GetRequiredService<LiveMenuCatalog>());
        services.TryAddSingleton<IHopLog>(NullHopLog.Instance);
        services.TryAddSingleton<UssdEngine>();
        return services;
    }
}
