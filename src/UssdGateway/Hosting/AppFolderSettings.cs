using Microsoft.Extensions.Configuration.Json;

namespace UssdGateway.Hosting;

public static class AppFolderSettings
{
    /// <summary>
    /// Reads <c>appsettings.json</c> from the application's own folder too, below every other source,
    /// so a published service finds its settings whatever its working directory.
    /// </summary>
    public static IConfigurationBuilder AddAppFolderSettings(this IConfigurationManager configuration)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (!File.Exists(file)) return configuration;
        var source = new JsonConfigurationSource { Path = file, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        configuration.Sources.Insert(0, source);
        return configuration;
    }
}
