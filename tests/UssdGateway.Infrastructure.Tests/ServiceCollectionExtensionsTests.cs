using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Sessions;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests;

public sealed class ServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _temp = new("di");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_UsesDefaults_WhenNothingIsConfigured()
    {
        using var services = Build();

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        database.Provider.Should().Be("sqlite");
        database.Path.Should().Be("data/ussdgateway.db");
        database.MigrateOnStart.Should().BeTrue();
        var sessions = services.GetRequiredService<IOptions<SessionStoreOptions>>().Value;
        sessions.KeyPrefix.Should().Be("ussd:");
        services.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_RegistersSqliteUnderRoot_WhenProviderIsDefault()
    {
        using var services = Build();

        var factory = services.GetRequiredService<IDbConnectionFactory>();

        factory.Should().BeOfType<SqliteConnectionFactory>()
            .Which.DatabaseFile.Should().Be(_temp.Combine("data", "ussdgateway.db"));
        services.GetRequiredService<IBeneficiaryRepository>().Should().BeOfType<BeneficiaryRepository>();
        services.GetRequiredService<ICallerPreferences>().Should().BeOfType<CallerPreferencesRepository>();
        services.GetRequiredService<DatabaseMigrator>().Database.Should().Be(factory.Description);
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_RegistersSqlServer_WhenProviderIsSqlServer()
    {
        using var services = Build(
            ("Database:Provider", "SqlServer"),
            ("ConnectionStrings:SqlServer", "Server=db.example;Database=ussdgateway;User Id=gw;Password=secret;TrustServerCertificate=True"));

        var factory = services.GetRequiredService<IDbConnectionFactory>();

        factory.Should().BeOfType<SqlServerConnectionFactory>();
        factory.Description.Should().Be("sqlserver db.example/ussdgateway").And.NotContain("secret");
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_ThrowsReadableError_WhenSqlServerHasNoConnectionString()
    {
        using var services = Build(("Database:Provider", "sqlserver"));

        var resolve = () => services.GetRequiredService<IDbConnectionFactory>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:SqlServer*");
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_ThrowsReadableError_WhenProviderIsUnknown()
    {
        using var services = Build(("Database:Provider", "oracle"));

        var resolve = () => services.GetRequiredService<IDbConnectionFactory>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*Database:Provider*");
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_RegistersInMemorySessionStore_WhenRedisIsNotConfigured()
    {
        using var services = Build(("ConnectionStrings:Redis", ""));

        services.GetRequiredService<ISessionStore>().Should().BeOfType<InMemorySessionStore>();
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_KeepsEarlierRegistrations_WhenServicesAlreadyRegistered()
    {
        var time = new FakeTimeProvider();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddUssdGatewayInfrastructure(Configuration());
        using var services = collection.BuildServiceProvider();

        services.GetRequiredService<TimeProvider>().Should().BeSameAs(time);
    }

    private ServiceProvider Build(params (string Key, string? Value)[] values)
    {
        var configuration = Configuration(values);
        return new ServiceCollection()
            .AddUssdGatewayInfrastructure(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Paths:Root", _temp.Path), .. values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))])
            .Build();
}
