using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Admin.Security;

/// <summary>
/// Data Protection (which signs the sign-in cookie and anti-forgery tokens) keeps its keys where the registered
/// <see cref="IXmlRepository"/> says: with Redis configured (<c>ConnectionStrings:Redis</c>, as for several instances) in
/// Redis (<see cref="RedisXmlRepository"/>), shared by every instance, so a sign-in survives switching instance; else files
/// under <see cref="ConsoleSecurityOptions.KeysPath"/> (the data folder), so sign-ins survive a restart. A repository
/// registered before <c>AddStaffConsole</c> wins.
/// </summary>
internal static class ConsoleDataProtection
{
    public const string ApplicationName = "UssdGateway";

    public static IServiceCollection AddConsoleDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.TryAddSingleton<IXmlRepository>(sp =>
        {
            var redis = sp.GetRequiredService<IConfiguration>().GetConnectionString(SessionStoreOptions.RedisConnectionStringName);
            if (!string.IsNullOrWhiteSpace(redis))
            {
                var prefix = sp.GetRequiredService<IOptions<SessionStoreOptions>>().Value.KeyPrefix;
                return new RedisXmlRepository(sp.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>(), prefix + "dataprotection:keys");
            }
            var folder = sp.GetRequiredService<GatewayPaths>().Resolve(sp.GetRequiredService<IOptions<ConsoleSecurityOptions>>().Value.KeysPath);
            Directory.CreateDirectory(folder);
            return new FileSystemXmlRepository(new DirectoryInfo(folder), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddOptions<KeyManagementOptions>().Configure<IXmlRepository>((options, repository) => options.XmlRepository = repository);
        return services;
    }
}
