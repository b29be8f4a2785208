using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>
/// The gateway's real engine for the menu tools, built the way the service builds it (the same actions, lists,
/// repositories and settings), with no hop log (no hosted service runs in the CLI) and, when given, a catalog of
/// the tool's own menus instead of the menu folder's.
/// </summary>
internal static class MenuEngineServices
{
    public static ServiceProvider Build(
        CliContext context, Func<IServiceProvider, IMenuCatalog>? catalog = null, IConfiguration? configuration = null) =>
        context.BuildServices((services, config) =>
        {
            services.AddSingleton<IHopLog>(NullHopLog.Instance);
            if (catalog is not null) services.AddSingleton(catalog);
            services.AddUssdEngine(config);
        }, configuration);

    /// <summary>
    /// A path the user typed: as given when it exists from the working directory, else taken from the gateway's
    /// root (<c>dotnet run --project src/UssdGateway.Cli</c> runs inside the project folder).
    /// </summary>
    public static string ResolveUserPath(string path, GatewayPaths paths)
    {
        if (Path.IsPathRooted(path)) return path;
        var fromWorkingDirectory = Path.GetFullPath(path);
        return File.Exists(fromWorkingDirectory) || Directory.Exists(fromWorkingDirectory) ? fromWorkingDirectory : paths.Resolve(path);
    }
}
