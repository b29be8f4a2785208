using System.CommandLine;

namespace UssdGateway.Cli.Commands.Db;

/// <summary><c>ussdgw db …</c>: the gateway's database.</summary>
internal sealed class DbCommand : Command
{
    public DbCommand(CliContext context)
        : base("db", "Database: apply migrations.")
    {
        Add(new DbMigrateCommand(context));
    }
}
