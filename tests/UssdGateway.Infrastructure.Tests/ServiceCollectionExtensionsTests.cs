using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;
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
        database.Provider.Should().Be("Sqlite");
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
    public void AddUssdGatewayInfrastructure_RegistersTheProgrammeRepositoriesFiguresAndSeeder_WhenResolved()
    {
        using var services = Build();

        services.GetRequiredService<ITrainingRepository>().Should().BeOfType<TrainingRepository>();
        services.GetRequiredService<ICooperativeRepository>().Should().BeOfType<CooperativeRepository>();
        services.GetRequiredService<ILoanRepository>().Should().BeOfType<LoanRepository>();
        services.GetRequiredService<IPinRepository>().Should().BeOfType<PinRepository>();
        services.GetRequiredService<IDeletionRequests>().Should().BeOfType<PrivacyRequestRepository>();
        services.GetRequiredService<IAuditTrail>().Should().BeOfType<AuditTrail>();
        services.GetRequiredService<IProgrammeFigures>().Should().BeOfType<ProgrammeFigures>();
        services.GetRequiredService<UssdGateway.Infrastructure.Demo.DemoSeeder>().Should().NotBeNull();
    }

    [Theory]
    [InlineData("sqlite", SqlDialect.Sqlite)]
    [InlineData("Sqlite", SqlDialect.Sqlite)]
    [InlineData("SQLITE", SqlDialect.Sqlite)]
    [InlineData("", SqlDialect.Sqlite)]
    [InlineData("sqlserver", SqlDialect.SqlServer)]
    [InlineData("SqlServer", SqlDialect.SqlServer)]
    [InlineData(" SQLSERVER ", SqlDialect.SqlServer)]
    public void DatabaseOptions_ReadsTheProviderWithoutCase_WhenConfigured(string provider, SqlDialect expected)
    {
        new DatabaseOptions { Provider = provider }.GetDialect().Should().Be(expected);
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_UsesConnectionStringsDatabase_WhenBothNamesAreSet()
    {
        using var services = Build(
            ("Database:Provider", "SqlServer"),
            ("ConnectionStrings:Database", "Server=db.example;Database=programme;User Id=gw;Password=secret"),
            ("ConnectionStrings:SqlServer", "Server=old.example;Database=legacy;User Id=gw;Password=secret"));

        services.GetRequiredService<IDbConnectionFactory>().Description.Should().Be("sqlserver db.example/programme");
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

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:Database*ConnectionStrings:SqlServer*");
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
    public void AddUssdGatewayInfrastructure_RegistersInMemoryMenuSourceStore_WhenRedisIsNotConfigured()
    {
        using var services = Build();

        services.GetRequiredService<IMenuSourceStore>().Should().BeOfType<InMemoryMenuSourceStore>()
            .And.BeSameAs(services.GetRequiredService<IMenuSourceStore>());
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_RegistersOneHopLogAsHopLogAndHostedService_WhenResolved()
    {
        using var services = Build();

        var hopLog = services.GetRequiredService<IHopLog>();

        hopLog.Should().BeOfType<BufferedHopLog>().And.BeSameAs(services.GetRequiredService<BufferedHopLog>());
        services.GetServices<IHostedService>().Should().ContainSingle(s => s is BufferedHopLog).Which.Should().BeSameAs(hopLog);
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_RegistersSessionEndLogAndFunnelReader_WhenResolved()
    {
        using var services = Build();

        services.GetRequiredService<ISessionEndLog>().Should().BeOfType<SessionEndLog>();
        services.GetRequiredService<IFunnelReader>().Should().BeOfType<FunnelReader>();
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_UsesHopLogDefaults_WhenNothingIsConfigured()
    {
        using var services = Build();

        services.GetRequiredService<IOptions<HopLogOptions>>().Value.Should().BeEquivalentTo(new
        {
            Capacity = 10_000, BatchSize = 500, FlushIntervalMilliseconds = 500, MaxWriteAttempts = 3, RetryDelayMilliseconds = 1_000,
        });
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_BindsHopLogSection_WhenConfigured()
    {
        using var services = Build(("HopLog:Capacity", "50"), ("HopLog:BatchSize", "20"), ("HopLog:FlushIntervalMilliseconds", "250"));

        var options = services.GetRequiredService<IOptions<HopLogOptions>>().Value;

        options.Capacity.Should().Be(50);
        options.BatchSize.Should().Be(20);
        options.FlushIntervalMilliseconds.Should().Be(250);
    }

    [Fact]
    public void AddUssdGatewayInfrastructure_ThrowsReadableError_WhenHopLogSettingIsInvalid()
    {
        using var services = Build(("HopLog:BatchSize", "0"));

        var resolve = () => services.GetRequiredService<IHopLog>();

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*HopLog:BatchSize*");
    }

    [Fact]
    public async Task Host_WritesEveryRecordedHop_WhenItStops()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Paths:Root", _temp.Path)]);
        builder.Services.AddUssdGatewayInfrastructure(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await host.StartAsync();
        var hopLog = host.Services.GetRequiredService<IHopLog>();
        var start = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        for (var i = 0; i < 750; i++)
            hopLog.Record(new HopRecord(start.AddSeconds(i), "africastalking", "host" + i, "renapess", "v1", "welcome", HopInputKind.Dial, HopOutcome.Continue, 1, false));
        await host.StopAsync();

        await using var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM ussd_hops;";
        (await count.ExecuteScalarAsync()).Should().Be(750L);
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
