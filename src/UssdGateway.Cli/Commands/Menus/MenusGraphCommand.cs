using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Infrastructure;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>
/// <c>ussdgw menus graph &lt;file&gt; [--format dot|mermaid|svg]</c>: the menu as a diagram on standard output, drawn
/// from the compiled state machine (screens as states, option labels and action outcomes on the arrows). SVG goes
/// through Graphviz's <c>dot</c> (<c>USSDGW_DOT</c> names it, else it is looked for on PATH); without it the command
/// says so and exits with 1.
/// </summary>
internal sealed class MenusGraphCommand : Command
{
    /// <summary>Environment variable naming Graphviz's <c>dot</c> program.</summary>
    public const string DotVariable = "USSDGW_DOT";

    private static readonly TimeSpan DotDeadline = TimeSpan.FromSeconds(60);

    private readonly CliContext _context;

    private readonly Argument<string> _file = new("file") { Description = "The menu file, e.g. menus/renapess.yaml." };

    private readonly Option<string> _format = new("--format")
    {
        Description = "dot (Graphviz), mermaid (Markdown) or svg (needs Graphviz installed).",
        DefaultValueFactory = _ => "dot",
    };

    public MenusGraphCommand(CliContext context)
        : base("graph", "Draw a menu as a diagram (DOT, Mermaid or SVG) on standard output.")
    {
        _context = context;
        _format.AcceptOnlyFromAmong("dot", "mermaid", "svg");
        Add(_file);
        Add(_format);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_file)!, parseResult.GetValue(_format) ?? "dot",
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    /// <summary>Finds Graphviz's <c>dot</c>; tests give their own.</summary>
    internal Func<string?> FindDotProgram { get; init; } = FindDot;

    internal async Task<int> RunAsync(string file, string format, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string path;
        UssdOptions options;
        try
        {
            await using var services = _context.BuildServices((s, c) => s.AddUssdEngine(c));
            path = MenuEngineServices.ResolveUserPath(file, services.GetRequiredService<GatewayPaths>());
            options = services.GetRequiredService<UssdOptions>();
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: menus graph failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: no menu file at {path}").ConfigureAwait(false);
            return 1;
        }

        var result = MenuLoader.Load([(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false))], options.Budget);
        if (result.Menus.Count == 0)
        {
            foreach (var problem in result.Errors) await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            await error.WriteLineAsync("error: the menu has errors and cannot be drawn (see 'ussdgw menus lint')").ConfigureAwait(false);
            return 1;
        }
        var menu = new CompiledMenu(result.Menus[0]);
        if (format == "mermaid")
        {
            await output.WriteAsync(menu.ToMermaid()).ConfigureAwait(false);
            return 0;
        }
        if (format == "dot")
        {
            await output.WriteAsync(menu.ToDot()).ConfigureAwait(false);
            return 0;
        }

        var dot = FindDotProgram();
        if (dot is null)
        {
            await error.WriteLineAsync(
                "error: --format svg needs Graphviz's 'dot' program, which is not installed (Debian: apt-get install graphviz; "
                + $"or set {DotVariable} to its path). Without it: --format dot, then render the DOT text elsewhere, "
                + "or --format mermaid for a Markdown page.").ConfigureAwait(false);
            return 1;
        }
        try
        {
            var (exitCode, svg, problems) = await RunDotAsync(dot, menu.ToDot(), cancellationToken).ConfigureAwait(false);
            if (exitCode != 0)
            {
                await error.WriteLineAsync($"error: {dot} -Tsvg failed (exit code {exitCode}): {CliErrors.OneLine(new InvalidOperationException(problems))}").ConfigureAwait(false);
                return 1;
            }
            await output.WriteAsync(svg).ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or TimeoutException)
        {
            await error.WriteLineAsync($"error: could not run {dot}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary><c>USSDGW_DOT</c> when set (even to a missing file: then there is no dot), else <c>dot</c> on PATH.</summary>
    internal static string? FindDot()
    {
        if (Environment.GetEnvironmentVariable(DotVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? "dot.exe" : "dot");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunDotAsync(string dot, string graph, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(dot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("-Tsvg");
        using var process = Process.Start(info) ?? throw new IOException("the process did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(graph).ConfigureAwait(false);
        process.StandardInput.Close();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DotDeadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dot did not finish within {DotDeadline.TotalSeconds:0} s");
        }
        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
