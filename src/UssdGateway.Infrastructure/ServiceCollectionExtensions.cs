using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Paths, options, the database (SQLite or SQL Server by <c>Database:Provider</c>), its migrator and
    /// repositories, and the session store (Redis when <c>ConnectionStrings:Redis</c> is set, else in-process).
    /// Choices are made when a service is first resolved, so configuration added later (tests) is seen.
    /// Registrations use TryAdd: whatever was registered before wins.
    /// Migrating is left to the host: <c>await services.GetRequiredService&lt;DatabaseMigrator&gt;().MigrateAsync()</c>
    /// when <see cref="DatabaseOptions.MigrateOnStart"/> is true.
    /// </summary>
    public static IServiceCollection AddUssdGatewayInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => GatewayPaths.FromConfiguration(configuration));

        services.AddOptions<DatabaseOptions>()
            .Configure(o => configuration.GetSection(DatabaseOptions.SectionName).Bind(o))
            .Validate(o => o.TryGetDialect(out _), $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} must be '{DatabaseOptions.SqliteProvider}' or '{DatabaseOptions.SqlServerProvider}'.");
        services.AddOptions<SessionStoreOptions>()
            .Configure(o => configuration.GetSection(SessionStoreOptions.SectionName).Bind(o))
            .Validate(o => o.KeyPrefix is not null, $"{SessionStoreOptions.SectionName}:{nameof(SessionStoreOptions.KeyPrefix)} must be set.");

        services.TryAddSingleton<IDbConnectionFactory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return options.GetDialect() switch
            {
                SqlDialect.SqlServer => new SqlServerConnectionFactory(
                    configuration.GetConnectionString(DatabaseOptions.SqlServerConnectionStringName) ?? ""),
                _ => new SqliteConnectionFactory(sp.GetRequiredService<GatewayPaths>().DatabaseFile),
            };
        });
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IBeneficiaryRepository, BeneficiaryRepository>();
        services.TryAddSingleton<ICallerPreferences, CallerPreferencesRepository>();

        // Resolved only when Redis is configured (or when something else asks for it).
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var connectionString = configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException($"ConnectionStrings:{SessionStoreOptions.RedisConnectionStringName} is not set.");
            return RedisConnection.Connect(connectionString);
        });
        services.TryAddSingleton<ISessionStore>(sp =>
            string.IsNullOrWhiteSpace(configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName))
                ? new InMemorySessionStore(sp.GetRequiredService<TimeProvider>())
                : ActivatorUtilities.CreateInstance<RedisSessionStore>(sp));

        return services;
    }
}
