using Microsoft.Extensions.Configuration;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

/// <summary>Runs <c>ussdgw</c> in-process with the repository as its root, capturing what it prints.</summary>
internal static class MenusCli
{
    /// <summary>Configuration rooted at the repository (its <c>menus/</c>), with the database in <paramref name="databaseFolder"/>.</summary>
    public static IConfiguration Configuration(string databaseFolder, params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection([
                new KeyValuePair<string, string?>("Paths:Root", RepositoryRoot.Path),
                new KeyValuePair<string, string?>("Database:Path", Path.Combine(databaseFolder, "gw.db")),
                .. values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))])
            .Build();

    public static async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliContext.From(configuration), output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
