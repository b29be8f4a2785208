using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus.Lint;
using UssdGateway.Infrastructure;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>
/// <c>ussdgw menus lint [folder] [--format text|json]</c>: checks every menu file of the folder (default: the configured
/// menus folder) and its <c>sms.yaml</c> against the server's real actions and lists. One line per problem
/// (<c>file:line › screen › field: message</c>), then a summary; exit code 1 when there is an error (warnings pass).
/// </summary>
internal sealed class MenusLintCommand : Command
{
    private readonly CliContext _context;

    private readonly Argument<string?> _folder = new("folder")
    {
        Description = "The menu folder. Default: the configured one (Menus:Path, 'menus').",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "text (one line per problem) or json.",
        DefaultValueFactory = _ => "text",
    };

    public MenusLintCommand(CliContext context)
        : base("lint", "Check menu files: fields, links, dead ends, translations, variables, screen and SMS sizes.")
    {
        _context = context;
        _format.AcceptOnlyFromAmong("text", "json");
        Add(_folder);
        Add(_format);
        SetAction((parseResult, _) => RunAsync(
            parseResult.GetValue(_folder), parseResult.GetValue(_format) ?? "text",
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
    }

    internal async Task<int> RunAsync(string? folder, string format, TextWriter output, TextWriter error)
    {
        MenuLintReport report;
        string shown;
        try
        {
            await using var services = MenuEngineServices.Build(_context);
            var paths = services.GetRequiredService<GatewayPaths>();
            var path = folder is null ? paths.MenusDirectory : MenuEngineServices.ResolveUserPath(folder, paths);
            shown = folder ?? path;
            var options = MenuLintOptions.From(services.GetRequiredService<MenuActionRegistry>(), services.GetRequiredService<UssdOptions>().Budget);
            report = MenuLinter.LintFolder(path, options);
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: menus lint failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
        await output.WriteAsync(format == "json" ? LintReportWriter.Json(report, shown) : LintReportWriter.Text(report, shown)).ConfigureAwait(false);
        return report.Passed ? 0 : 1;
    }
}
