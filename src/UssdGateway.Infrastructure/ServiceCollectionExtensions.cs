using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Demo;
using UssdGateway.Infrastructure.Hops;
using UssdGateway.Infrastructure.Observability;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sessions;

namespace UssdGateway.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Paths, options, the database (SQLite or SQL Server by <c>Database:Provider</c>), its migrator,
    /// repositories (beneficiaries, training, cooperatives, loans, PINs, privacy requests, audit trail), programme
    /// figures and the demo seeder, the hop log (a hosted service: it writes only where hosted services run), the session-end log
    /// and funnel reader, and the session and menu source stores (Redis when <c>ConnectionStrings:Redis</c> is set,
    /// else in-process).
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
        services.AddOptions<HopLogOptions>() // checked by BufferedHopLog, which names every wrong setting
            .Configure(o => configuration.GetSection(HopLogOptions.SectionName).Bind(o));

        services.TryAddSingleton<IDbConnectionFactory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return options.GetDialect() switch
            {
                SqlDialect.SqlServer => new SqlServerConnectionFactory(DatabaseOptions.SqlServerConnectionString(configuration)),
                _ => new SqliteConnectionFactory(sp.GetRequiredService<GatewayPaths>().DatabaseFile),
            };
        });
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IBeneficiaryRepository, BeneficiaryRepository>();
        services.TryAddSingleton<ICallerPreferences, CallerPreferencesRepository>();
        services.TryAddSingleton<ITrainingRepository, TrainingRepository>();
        services.TryAddSingleton<ICooperativeRepository, CooperativeRepository>();
        services.TryAddSingleton<ILoanRepository, LoanRepository>();
        services.TryAddSingleton<IPinRepository, PinRepository>();
        services.TryAddSingleton<IDeletionRequests, PrivacyRequestRepository>();
        services.TryAddSingleton<IAuditTrail, AuditTrail>();
        services.TryAddSingleton<IProgrammeFigures, ProgrammeFigures>();
        services.TryAddSingleton<DemoSeeder>();
        services.TryAddSingleton<ISessionEndLog, SessionEndLog>();
        services.AddGatewayTelemetry();
        services.TryAddSingleton<IFunnelReader, FunnelReader>();
        services.AddConsoleStores();

        // One instance: the engine records into it, the host runs it (drains the buffer, writes batches, flushes on stop).
        services.TryAddSingleton<BufferedHopLog>();
        services.TryAddSingleton<IHopLog>(sp => sp.GetRequiredService<BufferedHopLog>());
        services.AddHostedService(sp => sp.GetRequiredService<BufferedHopLog>());

        // Resolved only when Redis is configured (or when something else asks for it).
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var connectionString = configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException($"ConnectionStrings:{SessionStoreOptions.RedisConnectionStringName} is not set.");
            return RedisConnection.Connect(connectionString);
        });
        services.TryAddSingleton<ISessionStore>(sp =>
            UsesRedis(configuration)
                ? ActivatorUtilities.CreateInstance<RedisSessionStore>(sp)
                : new InMemorySessionStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IMenuSourceStore>(sp =>
            UsesRedis(configuration)
                ? ActivatorUtilities.CreateInstance<RedisMenuSourceStore>(sp)
                : new InMemoryMenuSourceStore(sp.GetRequiredService<TimeProvider>()));

        return services;
    }

    private static bool UsesRedis(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(SessionStoreOptions.RedisConnectionStringName));
}
