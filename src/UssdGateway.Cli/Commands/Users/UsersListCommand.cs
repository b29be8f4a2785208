using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.Users;

/// <summary><c>ussdgw users list</c>: one account a line (name, role, state, last sign-in in UTC).</summary>
internal sealed class UsersListCommand : Command
{
    private readonly CliContext _context;

    public UsersListCommand(CliContext context)
        : base("list", "List the staff accounts.")
    {
        _context = context;
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        AccountCommandRunner.RunAsync(_context, "users list", error, async services =>
        {
            var users = await services.GetRequiredService<IStaffAccounts>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (users.Count == 0)
            {
                await output.WriteLineAsync("no user yet: create the first admin with: ussdgw users add --username NAME --role admin").ConfigureAwait(false);
                return 0;
            }
            foreach (var user in users)
            {
                var lastLogin = user.LastLoginAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never";
                await output.WriteLineAsync($"{user.Username,-24} {user.Role.Code(),-7} {(user.Disabled ? "disabled" : "active"),-8} last sign-in {lastLogin}").ConfigureAwait(false);
            }
            return 0;
        }, cancellationToken);
}
