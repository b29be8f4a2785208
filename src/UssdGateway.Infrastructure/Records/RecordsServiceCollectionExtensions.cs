using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Records;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>The console's read side over the programme (<see cref="ProgrammeRecords"/>) and the inbox tools it shares with <c>ussdgw inbox</c>.</summary>
    public static IServiceCollection AddProgrammeRecords(this IServiceCollection services)
    {
        services.TryAddSingleton<ProgrammeRecords>();
        services.TryAddSingleton<SmsInboxMaintenance>();
        return services;
    }
}
