using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Infrastructure;

namespace UssdGateway.Cli;

/// <summary>
/// What commands share: the configuration (the same keys as the web host) and the services built from it.
/// </summary>
internal sealed class CliContext
{
    private readonly Func<IConfiguration> _configuration;

    public CliContext(Func<IConfiguration> configuration) => _configuration = configuration;

    /// <summary>
    /// Configuration as the web host reads it, minus its content root: <c>appsettings.json</c> and
    /// <c>appsettings.{DOTNET_ENVIRONMENT}.json</c> beside the binary (optional), then environment variables
    /// (<c>Database__Path</c>, <c>ConnectionStrings__Redis</c>…), which win.
    /// </summary>
    public static CliContext FromEnvironment() => new(() =>
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                          ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                          ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
    });

    /// <summary>A context over a given configuration (tests, embedding).</summary>
    public static CliContext From(IConfiguration configuration) => new(() => configuration);

    public IConfiguration LoadConfiguration() => _configuration();

    /// <summary>Where interactive commands (<c>menus simulate</c>) read what the user types.</summary>
    public TextReader Input { get; init; } = Console.In;

    /// <summary>The gateway's infrastructure services; warnings and errors are logged to standard error.</summary>
    /// <param name="configure">Registrations made before the infrastructure's, which therefore win (a hop log, a catalog, the engine).</param>
    /// <param name="configuration">Configuration to use instead of <see cref="LoadConfiguration"/>.</param>
    public ServiceProvider BuildServices(Action<IServiceCollection, IConfiguration>? configure = null, IConfiguration? configuration = null)
    {
        configuration ??= LoadConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        configure?.Invoke(services, configuration);
        services.AddUssdGatewayInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
