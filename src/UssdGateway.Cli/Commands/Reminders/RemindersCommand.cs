using System.CommandLine;

namespace UssdGateway.Cli.Commands.Reminders;

/// <summary><c>ussdgw reminders …</c>: the scheduled SMS (training reminders, repayment notices, sales nudges).</summary>
internal sealed class RemindersCommand : Command
{
    public RemindersCommand(CliContext context)
        : base("reminders", "Scheduled SMS: see what a day will send.")
    {
        Add(new RemindersPreviewCommand(context));
    }
}
