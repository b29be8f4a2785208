using Microsoft.Data.Sqlite;
using UssdGateway.Cli.Commands.Menus;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Menus;

public sealed class MenusGraphCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("cli-graph");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task MenusGraph_WritesDot_WhenNoFormatIsGiven()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "graph", "menus/renapess.yaml");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("digraph").And.Contain("ask_name").And.Contain("Confirmer").And.Contain("already_registered");
    }

    [Fact]
    public async Task MenusGraph_WritesMermaidWithOptionLabels_WhenAskedForMermaid()
    {
        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "graph", "menus/renapess.yaml", "--format", "mermaid");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("stateDiagram-v2").And.Contain("confirm --> register : Input [Confirmer]")
            .And.Contain("[*] --> identify");
    }

    [Fact]
    public async Task MenusGraph_SaysHowToGetGraphviz_WhenSvgIsAskedWithoutIt()
    {
        var command = new MenusGraphCommand(CliContext.From(MenusCli.Configuration(_temp.Path))) { FindDotProgram = () => null };
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await command.RunAsync("menus/renapess.yaml", "svg", output, error, CancellationToken.None);

        exitCode.Should().Be(1);
        output.ToString().Should().BeEmpty();
        error.ToString().Should().StartWith("error: --format svg needs Graphviz's 'dot' program, which is not installed (Debian: apt-get install graphviz");
    }

    [Fact]
    public async Task MenusGraph_PipesTheDotTextThroughGraphviz_WhenSvgIsAsked()
    {
        // A stand-in for dot: checks it is asked for SVG and wraps what it reads.
        var dot = _temp.WriteFile("bin/dot", "#!/bin/sh\n[ \"$1\" = \"-Tsvg\" ] || exit 3\nprintf '<svg>'\ncat\nprintf '</svg>'\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var command = new MenusGraphCommand(CliContext.From(MenusCli.Configuration(_temp.Path))) { FindDotProgram = () => dot };
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await command.RunAsync("menus/renapess.yaml", "svg", output, error, CancellationToken.None);

        exitCode.Should().Be(0, error.ToString());
        output.ToString().Should().StartWith("<svg>digraph").And.EndWith("</svg>").And.Contain("Découvrir l'ESS");
    }

    [Fact]
    public async Task MenusGraph_ListsTheErrors_WhenTheMenuCannotLoad()
    {
        var file = _temp.WriteFile("bad.yaml", "menu: bad\nservice_codes: [\"*1#\"]\nlanguages: [fr]\nstart: nowhere\nscreens:\n  a:\n    type: end\n    text: x\n");

        var run = await MenusCli.RunAsync(MenusCli.Configuration(_temp.Path), "menus", "graph", file);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("bad.yaml:4 › start: no screen is called 'nowhere'\n").And.Contain("cannot be drawn");
    }
}
