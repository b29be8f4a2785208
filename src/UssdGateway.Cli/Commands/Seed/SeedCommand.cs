using System.CommandLine;

namespace UssdGateway.Cli.Commands.Seed;

/// <summary><c>ussdgw seed …</c>: fill the database with data to try the service.</summary>
internal sealed class SeedCommand : Command
{
    public SeedCommand(CliContext context)
        : base("seed", "Fill the database with demo data.")
    {
        Add(new SeedDemoCommand(context));
    }
}
