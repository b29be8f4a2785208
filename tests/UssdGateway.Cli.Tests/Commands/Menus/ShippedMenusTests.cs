using Microsoft.Data.Sqlite;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

/// <summary>
/// What CI checks on every change to <c>menus/</c>: the shipped menus lint without an error and their scripted
/// conversations (<c>menus/tests/*.yaml</c>, both languages) all pass, run exactly as staff run them.
/// </summary>
public sealed class ShippedMenusTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-shipped");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task MenusLint_Passes_WhenRunOnTheShippedMenus()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "lint", "menus");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().MatchRegex(@"menus: \d+ files? checked \(.*renapess\.yaml.*\): 0 errors, \d+ warnings?\n$");
    }

    [Fact]
    public async Task MenusTest_PassesInBothLanguages_WhenRunOnTheShippedConversations()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", "menus");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("renapess-fr.yaml").And.Contain("renapess-bm.yaml")
            .And.NotContain("FAIL").And.NotContain("warning:")
            .And.MatchRegex(@"menus/tests: \d+ passed, 0 failed\n$");
        File.Exists(_temp.Combine("gw.db")).Should().BeFalse("scripted conversations never touch the configured database");
    }
}
