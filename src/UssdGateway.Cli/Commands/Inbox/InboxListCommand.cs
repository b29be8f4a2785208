using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Cli.Commands.Inbox;

/// <summary>
/// <c>ussdgw inbox list [--status received|processed|failed|ignored] [--limit N]</c>: the newest inbound SMS first, one
/// line each: id, received (UTC), sender as received, status, then the error (failed) or the outcome, then the text.
/// Exit code 0, or 1 with one line on standard error.
/// </summary>
internal sealed class InboxListCommand : Command
{
    internal static readonly string[] Statuses = ["received", "processed", "failed", "ignored"];
    internal const string NoMessages = "no inbound SMS";

    private readonly CliContext _context;

    private readonly Option<string?> _status = new("--status")
    {
        Description = "Only messages of this status: received, processed, failed or ignored. Default: any.",
    };

    private readonly Option<int> _limit = new("--limit")
    {
        Description = "At most this many messages (newest first).",
        DefaultValueFactory = _ => 50,
    };

    public InboxListCommand(CliContext context)
        : base("list", "List inbound SMS, newest first, with what processing made of them.")
    {
        _context = context;
        Add(_status);
        Add(_limit);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_status), parseResult.GetValue(_limit),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string? status, int limit, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            await error.WriteLineAsync($"error: --status must be one of {string.Join(", ", Statuses)}, not '{status}'").ConfigureAwait(false);
            return 1;
        }
        if (limit < 1)
        {
            await error.WriteLineAsync("error: --limit must be at least 1").ConfigureAwait(false);
            return 1;
        }
        string? database = null;
        try
        {
            await using var services = _context.BuildServices();
            var connections = services.GetRequiredService<IDbConnectionFactory>();
            database = connections.Description;
            var rows = await new SmsInboxMaintenance(connections).ListAsync(status, limit, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(rows.Count == 0 ? NoMessages + "\n" : FormatTable(rows)).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: inbox list was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            var where = database is null ? "" : $" ({database})";
            await error.WriteLineAsync($"error: inbox list failed{where}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>Aligned columns, two spaces apart; the error or outcome and the text on one line each (new lines shown as spaces).</summary>
    internal static string FormatTable(IReadOnlyList<InboxEntry> rows)
    {
        var lines = new List<string[]> { new[] { "id", "received (UTC)", "from", "status", "error / outcome", "text" } };
        foreach (var row in rows)
        {
            lines.Add([
                row.Id.ToString(CultureInfo.InvariantCulture),
                row.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                row.From,
                row.Status,
                OneLine(row.Error ?? row.Outcome ?? "-"),
                OneLine(row.Text),
            ]);
        }
        var widths = Enumerable.Range(0, lines[0].Length).Select(c => lines.Max(l => l[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                if (c > 0) text.Append("  ");
                text.Append(c == line.Length - 1 ? line[c] : c == 0 ? line[c].PadLeft(widths[c]) : line[c].PadRight(widths[c]));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..59] + "…";
    }
}
