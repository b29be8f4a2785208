using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Cli.Commands.Ussd;

/// <summary>
/// <c>ussdgw ussd funnel [--date YYYY-MM-DD] [--menu ID]</c>: per screen, the sessions that reached it, those whose
/// last hop stood on it without an END (drop-offs), and their share, for one UTC day (default today) of the hop
/// log, test traffic left out. Busiest screens first; a plain aligned table. Exit code 0, or 1 with one line on
/// standard error.
/// </summary>
internal sealed class UssdFunnelCommand : Command
{
    internal const string DateFormat = "yyyy-MM-dd";
    internal const string NoHops = "no hops recorded on that day";

    private readonly CliContext _context;

    private readonly Option<string?> _date = new("--date")
    {
        Description = "The day (UTC), as YYYY-MM-DD. Default: today.",
    };

    private readonly Option<string?> _menu = new("--menu")
    {
        Description = "Only this menu (its id, e.g. renapess). Default: every menu.",
    };

    public UssdFunnelCommand(CliContext context)
        : base("funnel", "Print a day's funnel per screen: entries, drop-offs, drop-off %.")
    {
        _context = context;
        Add(_date);
        Add(_menu);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_date),
            parseResult.GetValue(_menu),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
    }

    internal async Task<int> RunAsync(string? date, string? menu, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateOnly? requested = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await error.WriteLineAsync($"error: --date must be a day as YYYY-MM-DD (e.g. 2026-12-07), not '{date}'").ConfigureAwait(false);
                return 1;
            }
            requested = parsed;
        }
        var menuId = string.IsNullOrWhiteSpace(menu) ? null : menu.Trim();

        string? database = null;
        try
        {
            await using var services = _context.BuildServices();
            database = services.GetRequiredService<IDbConnectionFactory>().Description;
            var day = requested ?? DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var rows = await services.GetRequiredService<IFunnelReader>().GetFunnelAsync(day, menuId, cancellationToken).ConfigureAwait(false);

            var scope = menuId is null ? "every menu" : "menu " + menuId;
            await output.WriteLineAsync($"funnel of {day.ToString(DateFormat, CultureInfo.InvariantCulture)} (UTC), {scope}").ConfigureAwait(false);
            if (rows.Count == 0)
            {
                await output.WriteLineAsync(NoHops).ConfigureAwait(false);
                return 0;
            }
            await output.WriteAsync(FormatTable(rows, showMenu: menuId is null)).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: ussd funnel was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            var where = database is null ? "" : $" ({database})";
            await error.WriteLineAsync($"error: ussd funnel failed{where}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>
    /// Left-aligned text columns, right-aligned numbers, two spaces between columns, one line per screen.
    /// The menu column is shown when the funnel covers every menu.
    /// </summary>
    internal static string FormatTable(IReadOnlyList<ScreenFunnelRow> rows, bool showMenu)
    {
        var header = showMenu
            ? new[] { "menu", "screen", "entries", "drop-offs", "drop-off %" }
            : ["screen", "entries", "drop-offs", "drop-off %"];
        var lines = new List<string[]> { header };
        foreach (var row in rows)
        {
            var share = row.Entries == 0 ? 0 : 100.0 * row.DropOffs / row.Entries;
            string[] cells =
            [
                row.Screen,
                row.Entries.ToString(CultureInfo.InvariantCulture),
                row.DropOffs.ToString(CultureInfo.InvariantCulture),
                share.ToString("0.0", CultureInfo.InvariantCulture),
            ];
            lines.Add(showMenu ? [row.MenuId, .. cells] : cells);
        }

        var textColumns = showMenu ? 2 : 1;
        var widths = Enumerable.Range(0, header.Length).Select(c => lines.Max(l => l[c].Length)).ToArray();
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                if (c > 0) text.Append("  ");
                var last = c == line.Length - 1;
                if (c < textColumns) text.Append(last ? line[c] : line[c].PadRight(widths[c]));
                else text.Append(line[c].PadLeft(widths[c]));
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
