using Microsoft.Data.Sqlite;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

public sealed class MenusTestCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-menus-test");

    public MenusTestCommandTests()
    {
        File.Copy(Path.Combine(RepositoryRoot.Menus, "renapess.yaml"), _temp.WriteFile("menus/renapess.yaml"), overwrite: true);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task MenusTest_NamesTheStepAndReplyAndExitsWithOne_WhenAConversationFails()
    {
        _temp.WriteFile("menus/tests/renapess.yaml", """
            menu: renapess
            conversations:
              - name: welcome in French
                lang: fr
                steps:
                  - dial: ""
                  - expect: { starts: "CON RENAPESS" }
              - name: wrong greeting
                lang: bm
                steps:
                  - dial: ""
                  - send: "2"
                  - expect: { contains: "Bonjour" }
            """);

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", _temp.Combine("menus"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Be(
            "renapess.yaml\n"
            + "  pass  welcome in French (2 steps)\n"
            + "  FAIL  wrong greeting: step 3 (line 13, expect contains \"Bonjour\"): the reply does not contain \"Bonjour\"\n"
            + "        reply: CON ESS baarakècogo:\n"
            + "               1. Jè-baara\n"
            + "               2. Coopérative production\n"
            + "               3. Coopérative baara\n"
            + "               4. GIE\n"
            + "               0. Segin\n"
            + $"{_temp.Combine("menus", "tests")}: 1 passed, 1 failed\n");
    }

    [Fact]
    public async Task MenusTest_ReportsTheProblems_WhenAScriptCannotBeRead()
    {
        _temp.WriteFile("menus/tests/bad.yaml", "menu: renapess\nconversations:\n  - name: x\n    steps:\n      - press: \"1\"\n");

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", _temp.Combine("menus"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("  bad.yaml:5 › x › steps[1].press: unknown step; expected one of: dial, send, expect, sms_registration\n")
            .And.Contain("  FAIL  the script cannot be read\n")
            .And.Contain("warning: menu renapess (renapess.yaml) has no scripted conversation\n")
            .And.EndWith(": 0 passed, 0 failed, 1 script not run\n");
    }

    [Fact]
    public async Task MenusTest_Fails_WhenThereIsNoScript()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", _temp.Combine("menus"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be($"error: no scripted conversation found ({_temp.Combine("menus", "tests")}/*.yaml)\n");
    }

    [Fact]
    public async Task MenusTest_PrintsTheSame_WhenRunTwiceOnTheSameScripts()
    {
        _temp.WriteFile("menus/tests/twice.yaml", """
            menu: renapess
            conversations:
              - name: first registration
                lang: fr
                steps: &register
                  - dial: ""
                  - send: "1"
                  - send: "1"
                  - send: "Awa Traoré"
                  - send: "1"
                  - send: "2004"
                  - send: "1"
                  - send: "1"
                  - send: "1"
                  - send: "1"
                  - expect: { starts: "END Merci Awa Traoré!" }
              - name: same number, same person, new database
                lang: fr
                phone: "+22370000001"
                steps: *register
            """);

        var first = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", _temp.Combine("menus"));
        var second = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "test", _temp.Combine("menus"));

        first.ExitCode.Should().Be(0, first.ToString());
        second.Output.Should().Be(first.Output);
    }
}
