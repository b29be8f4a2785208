using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Cli.Commands.Inbox;

/// <summary>
/// <c>ussdgw inbox reprocess (--id N | --all-failed) [--now]</c>: puts failed inbound SMS back to <c>received</c> (error
/// cleared) so the service's inbox processor handles them again (its <c>sms-inbox</c> job runs every minute); with <c>--now</c>,
/// this command processes them itself through the same <see cref="SmsInboxProcessor"/> (keywords from the menu folder's
/// <c>sms.yaml</c>, replies queued in the outbox) and prints what became of each. Safe next to a running service: the
/// processor's compare-and-set and the reply keys make a message processed once. Exit code 0; 1 with one line on standard
/// error for a bad option, a message that is not failed, or a message that failed again.
/// </summary>
internal sealed class InboxReprocessCommand : Command
{
    internal const string NoneFailed = "no failed inbound SMS";

    /// <summary>Batches processed at most by <c>--now</c> (each of <c>Sms:Inbox:BatchSize</c> messages).</summary>
    private const int MaxBatches = 1000;

    private readonly CliContext _context;

    private readonly Option<long?> _id = new("--id")
    {
        Description = "The inbox id of the failed message to reprocess.",
    };

    private readonly Option<bool> _allFailed = new("--all-failed")
    {
        Description = "Reprocess every failed message.",
    };

    private readonly Option<bool> _now = new("--now")
    {
        Description = "Process them here and now instead of leaving them to the running service.",
    };

    public InboxReprocessCommand(CliContext context)
        : base("reprocess", "Put failed inbound SMS back to received so they are processed again (--now: process them here).")
    {
        _context = context;
        Add(_id);
        Add(_allFailed);
        Add(_now);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_id), parseResult.GetValue(_allFailed), parseResult.GetValue(_now),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(long? id, bool allFailed, bool now, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (id is null == !allFailed)
        {
            await error.WriteLineAsync("error: give either --id N (one failed message) or --all-failed").ConfigureAwait(false);
            return 1;
        }
        string? database = null;
        try
        {
            var configuration = _context.LoadConfiguration();
            await using var services = _context.BuildServices(now ? (s, c) => s.AddSmsGateway(c) : null, configuration);
            var connections = services.GetRequiredService<IDbConnectionFactory>();
            database = connections.Description;
            var inbox = new SmsInboxMaintenance(connections);
            var ids = await inbox.RequeueFailedAsync(id, cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                if (allFailed)
                {
                    await output.WriteLineAsync(NoneFailed).ConfigureAwait(false);
                    return 0;
                }
                var status = (await inbox.GetAsync(id!.Value, cancellationToken).ConfigureAwait(false))?.Status;
                await error.WriteLineAsync(status is null
                    ? $"error: no inbound SMS has id {id}"
                    : $"error: inbound SMS {id} is {status}, not failed: only failed messages are reprocessed").ConfigureAwait(false);
                return 1;
            }

            var list = string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            await output.WriteLineAsync($"{ids.Count.ToString(CultureInfo.InvariantCulture)} failed message(s) put back to received: {list}").ConfigureAwait(false);
            if (!now)
            {
                await output.WriteLineAsync("the service's sms-inbox job takes them within a minute").ConfigureAwait(false);
                return 0;
            }

            var processor = services.GetRequiredService<SmsInboxProcessor>();
            for (var batch = 0; batch < MaxBatches && await processor.ProcessReceivedAsync(cancellationToken).ConfigureAwait(false) > 0; batch++)
            {
            }
            var failedAgain = 0;
            foreach (var reprocessed in ids)
            {
                var row = await inbox.GetAsync(reprocessed, cancellationToken).ConfigureAwait(false);
                if (row is null) continue;
                if (row.Status == "failed") failedAgain++;
                await output.WriteLineAsync($"{reprocessed.ToString(CultureInfo.InvariantCulture)}  {row.Status}  {row.Error ?? row.Outcome ?? "-"}").ConfigureAwait(false);
            }
            if (failedAgain == 0) return 0;
            await error.WriteLineAsync($"error: {failedAgain.ToString(CultureInfo.InvariantCulture)} message(s) failed again (see above)").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: inbox reprocess was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            var where = database is null ? "" : $" ({database})";
            await error.WriteLineAsync($"error: inbox reprocess failed{where}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }
}
