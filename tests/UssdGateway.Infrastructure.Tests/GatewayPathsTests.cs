using Microsoft.Extensions.Configuration;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests;

public sealed class GatewayPathsTests : IDisposable
{
    private readonly TempDirectory _temp = new("paths");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void FromConfiguration_UsesFolderHoldingMenus_WhenStartedInAProjectFolderBelowIt()
    {
        _temp.WriteFile("menus/renapess.yaml", "menu: renapess");
        var projectFolder = _temp.CreateDirectory("src", "UssdGateway");

        var paths = GatewayPaths.FromConfiguration(Configuration(), projectFolder);

        paths.Root.Should().Be(_temp.Path);
        paths.MenusDirectory.Should().Be(_temp.Combine("menus"));
        paths.DatabaseFile.Should().Be(_temp.Combine("data", "ussdgateway.db"));
    }

    [Fact]
    public void FromConfiguration_KeepsWalkingUp_WhenMenusFolderHasNoYamlFile()
    {
        _temp.WriteFile("menus/renapess.yaml");
        _temp.WriteFile("src/UssdGateway/menus/readme.txt");
        var projectFolder = _temp.Combine("src", "UssdGateway");

        GatewayPaths.FromConfiguration(Configuration(), projectFolder).Root.Should().Be(_temp.Path);
    }

    [Fact]
    public void FromConfiguration_UsesCurrentDirectory_WhenNoMenusFolderAbove()
    {
        var cwd = _temp.CreateDirectory("somewhere");

        var paths = GatewayPaths.FromConfiguration(Configuration(), cwd);

        paths.Root.Should().Be(cwd);
        paths.DatabaseFile.Should().Be(Path.Combine(cwd, "data", "ussdgateway.db"));
    }

    [Fact]
    public void FromConfiguration_UsesPathsRoot_WhenConfigured()
    {
        _temp.WriteFile("menus/renapess.yaml");
        var configuredRoot = _temp.CreateDirectory("elsewhere");

        var paths = GatewayPaths.FromConfiguration(Configuration(("Paths:Root", configuredRoot)), _temp.Path);

        paths.Root.Should().Be(configuredRoot);
        paths.MenusDirectory.Should().Be(Path.Combine(configuredRoot, "menus"));
    }

    [Fact]
    public void FromConfiguration_ResolvesRelativePathsRoot_WhenConfiguredRelative()
    {
        var cwd = _temp.CreateDirectory("cwd");

        GatewayPaths.FromConfiguration(Configuration(("Paths:Root", "../root")), cwd).Root.Should().Be(_temp.Combine("root"));
    }

    [Fact]
    public void FromConfiguration_ResolvesConfiguredRelativePaths_AgainstRoot()
    {
        var configuration = Configuration(("Paths:Root", _temp.Path), ("Menus:Path", "config/menus"), ("Database:Path", "var/gw.db"));

        var paths = GatewayPaths.FromConfiguration(configuration, "/");

        paths.MenusDirectory.Should().Be(_temp.Combine("config", "menus"));
        paths.DatabaseFile.Should().Be(_temp.Combine("var", "gw.db"));
        paths.Resolve("x/y.txt").Should().Be(_temp.Combine("x", "y.txt"));
    }

    [Fact]
    public void FromConfiguration_KeepsAbsolutePaths_WhenConfiguredAbsolute()
    {
        var database = _temp.Combine("abs", "gw.db");
        var menus = _temp.Combine("abs-menus");

        var paths = GatewayPaths.FromConfiguration(Configuration(("Database:Path", database), ("Menus:Path", menus)), _temp.CreateDirectory("cwd"));

        paths.DatabaseFile.Should().Be(database);
        paths.MenusDirectory.Should().Be(menus);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
