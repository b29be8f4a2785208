using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UssdGateway.Infrastructure;

namespace UssdGateway.Admin.Security;

/// <summary>
/// Data Protection (which signs the sign-in cookie and anti-forgery tokens) keeps its keys where the registered
/// <see cref="IXmlRepository"/> says: by default files under <see cref="ConsoleSecurityOptions.KeysPath"/> (the data
/// folder), so sign-ins survive a restart. For several instances, register another repository (Redis, the database)
/// before <c>AddStaffConsole</c>, or replace this one: every instance must share the keys.
/// </summary>
internal static class ConsoleDataProtection
{
    public const string ApplicationName = "UssdGateway";

    public static IServiceCollection AddConsoleDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.TryAddSingleton<IXmlRepository>(sp =>
        {
            var folder = sp.GetRequiredService<GatewayPaths>().Resolve(sp.GetRequiredService<IOptions<ConsoleSecurityOptions>>().Value.KeysPath);
            Directory.CreateDirectory(folder);
            return new FileSystemXmlRepository(new DirectoryInfo(folder), sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddOptions<KeyManagementOptions>().Configure<IXmlRepository>((options, repository) => options.XmlRepository = repository);
        return services;
    }
}
