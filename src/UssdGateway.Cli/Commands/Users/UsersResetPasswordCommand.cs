using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.Users;

/// <summary><c>ussdgw users reset-password --username X [--password-stdin]</c>: sets a new password; the account's sign-ins end.</summary>
internal sealed class UsersResetPasswordCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string> _username = new("--username") { Required = true, Description = "The account's user name." };
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "Read the new password from the first line of standard input." };
    private readonly Option<string?> _password = new("--password") { Description = "The new password itself (discouraged: it stays in the shell history)." };

    public UsersResetPasswordCommand(CliContext context)
        : base("reset-password", "Set a new password for a staff account (" + StaffPasswords.Rule + "); its open sessions end.")
    {
        _context = context;
        Add(_username);
        Add(_passwordStdin);
        Add(_password);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(_username), parseResult.GetValue(_passwordStdin), parseResult.GetValue(_password),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string username, bool passwordStdin, string? password, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = StaffUsernames.Normalize(username) ?? username;
        var secret = await new PasswordInput(_context).ReadAsync(passwordStdin, password, error).ConfigureAwait(false);
        if (secret is null) return await AccountCommandRunner.FailAsync(error, "no password given").ConfigureAwait(false);
        if (!StaffPasswords.IsAcceptable(secret)) return await AccountCommandRunner.FailAsync(error, $"the password must be {StaffPasswords.Rule}").ConfigureAwait(false);

        return await AccountCommandRunner.RunAsync(_context, "users reset-password", error, async services =>
        {
            var outcome = await services.GetRequiredService<IStaffAccounts>().SetPasswordAsync(name, secret, AccountCommandRunner.Actor, cancellationToken).ConfigureAwait(false);
            if (outcome == StaffAccountOutcome.NotFound) return await AccountCommandRunner.FailAsync(error, $"no user {name}").ConfigureAwait(false);
            await output.WriteLineAsync($"password of {name} reset").ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }
}
