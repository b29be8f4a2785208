using System.CommandLine;
using UssdGateway.Cli.Commands.ApiKeys;
using UssdGateway.Cli.Commands.Db;
using UssdGateway.Cli.Commands.Inbox;
using UssdGateway.Cli.Commands.Seed;
using UssdGateway.Cli.Commands.Menus;
using UssdGateway.Cli.Commands.Reminders;
using UssdGateway.Cli.Commands.Ussd;
using UssdGateway.Cli.Commands.Users;

namespace UssdGateway.Cli;

/// <summary>The <c>ussdgw</c> command tree. New command groups (menus, users, reminders) are added here.</summary>
internal static class CliApplication
{
    public static RootCommand BuildRootCommand(CliContext context) =>
        new("ussdgw: tools for the USSD/SMS gateway (database, menus, USSD traffic, demo data, inbound and scheduled SMS, staff accounts, API keys).")
        {
            new DbCommand(context),
            new MenusCommand(context),
            new UssdCommand(context),
            new SeedCommand(context),
            new InboxCommand(context),
            new RemindersCommand(context),
            new UsersCommand(context),
            new ApiKeysCommand(context),
        };

    /// <summary>Parses and runs <paramref name="args"/>; output and errors go to the given writers (default: the console).</summary>
    public static Task<int> RunAsync(
        string[] args,
        CliContext context,
        TextWriter? output = null,
        TextWriter? error = null,
        CancellationToken cancellationToken = default)
    {
        var invocation = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        return BuildRootCommand(context).Parse(args).InvokeAsync(invocation, cancellationToken);
    }
}
