using System.Text.Json;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

public sealed class MenusLintCommandTests : IDisposable
{
    private const string Broken = """
        menu: shop
        service_codes: ["*200#"]
        languages: [fr, bm]
        start: home
        review: { bm: pending }
        screens:
          home:
            type: menu
            text: { fr: "Bonjour {nom}", bm: I ni ce }
            options:
              - { text: { fr: Acheter, bm: San }, next: basket }
              - { text: { fr: Fin, bm: Laban }, next: bye }
          bye:
            type: end
            text: { fr: Merci }
        """;

    private readonly TempDirectory _temp = new("cli-lint");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MenusLint_PrintsOneLinePerProblemAndExitsWithOne_WhenAFileHasErrors()
    {
        _temp.WriteFile("menus/shop.yaml", Broken);

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "lint", _temp.Combine("menus"));

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "shop.yaml:5 › review: warning: 3 Bamanankan (bm) texts still await a native speaker's review (review: { bm: pending })",
            "shop.yaml:9 › home › text.fr: {nom} is never set in this menu",
            "shop.yaml:11 › home › options[1].next: no screen is called 'basket'",
            "shop.yaml:15 › bye › text.bm: missing translation",
            $"{_temp.Combine("menus")}: 1 file checked (shop.yaml): 3 errors, 1 warning");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task MenusLint_WritesJson_WhenAskedForIt()
    {
        _temp.WriteFile("menus/shop.yaml", Broken);

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "lint", _temp.Combine("menus"), "--format", "json");

        run.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("errors").GetInt32().Should().Be(3);
        root.GetProperty("warnings").GetInt32().Should().Be(1);
        root.GetProperty("passed").GetBoolean().Should().BeFalse();
        root.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal("shop.yaml");
        var first = root.GetProperty("problems")[1];
        (first.GetProperty("file").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("screen").GetString(),
                first.GetProperty("field").GetString(), first.GetProperty("severity").GetString(), first.GetProperty("rule").GetString())
            .Should().Be(("shop.yaml", 9, "home", "text.fr", "error", "unknown-variable"));
        root.GetProperty("problems")[0].GetProperty("screen").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task MenusLint_ChecksTheConfiguredFolder_WhenNoneIsGiven()
    {
        _temp.WriteFile("mine/ok.yaml", """
            menu: ok
            service_codes: ["*300#"]
            languages: [fr]
            start: bye
            screens:
              bye:
                type: end
                text: Merci
            """);

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path, ("Menus:Path", _temp.Combine("mine"))), "menus", "lint");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Be($"{_temp.Combine("mine")}: 1 file checked (ok.yaml): 0 errors, 0 warnings\n");
    }

    [Fact]
    public async Task MenusLint_ChecksSmsYaml_WhenTheFolderHasOne()
    {
        _temp.WriteFile("menus/ok.yaml", "menu: ok\nservice_codes: [\"*300#\"]\nlanguages: [fr]\nstart: bye\nscreens:\n  bye:\n    type: end\n    text: Merci\n");
        _temp.WriteFile("menus/sms.yaml", "templates:\n  long:\n    fr: \"" + new string('x', 400) + "\"\n");

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "lint", _temp.Combine("menus"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith("sms.yaml:3 › long › fr: 3 SMS parts (400 septets in GSM-7), over the 2 parts of 306 septets\n")
            .And.Contain("2 files checked (ok.yaml, sms.yaml): 1 error, 0 warnings");
    }

    [Fact]
    public async Task MenusLint_SaysSo_WhenTheFolderDoesNotExist()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "lint", _temp.Combine("nowhere"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith($"{_temp.Combine("nowhere")}:0 › folder: menu folder not found\n");
    }
}
