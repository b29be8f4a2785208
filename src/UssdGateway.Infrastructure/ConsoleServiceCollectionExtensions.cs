using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Accounts;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>Staff accounts, API keys and the SMS delivery figures of the console (TryAdd: earlier registrations win).</summary>
    public static IServiceCollection AddConsoleStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IStaffAccounts, StaffAccounts>();
        services.TryAddSingleton<IApiKeys, ApiKeys>();
        services.TryAddSingleton<ISmsDeliveryFigures, SmsDeliveryFigures>();
        return services;
    }
}
