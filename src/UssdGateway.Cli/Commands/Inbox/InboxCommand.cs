using System.CommandLine;

namespace UssdGateway.Cli.Commands.Inbox;

/// <summary><c>ussdgw inbox …</c>: the stored inbound SMS.</summary>
internal sealed class InboxCommand : Command
{
    public InboxCommand(CliContext context)
        : base("inbox", "Inbound SMS: list them, reprocess the failed ones.")
    {
        Add(new InboxListCommand(context));
        Add(new InboxReprocessCommand(context));
    }
}
