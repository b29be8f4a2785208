using System.CommandLine;

namespace UssdGateway.Cli.Commands.Ussd;

/// <summary><c>ussdgw ussd …</c>: what USSD traffic did.</summary>
internal sealed class UssdCommand : Command
{
    public UssdCommand(CliContext context)
        : base("ussd", "USSD traffic: the per-screen funnel of a day.")
    {
        Add(new UssdFunnelCommand(context));
    }
}
