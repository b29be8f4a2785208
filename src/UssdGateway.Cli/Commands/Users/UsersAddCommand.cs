using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.Users;

/// <summary>
/// <c>ussdgw users add --username X --role admin [--password-stdin]</c>: creates an account (the first admin of a
/// new installation is made this way: the console has no self-signup).
/// </summary>
internal sealed class UsersAddCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string> _username = new("--username") { Required = true, Description = "User name: " + StaffUsernames.Rule + "." };
    private readonly Option<string> _role = new("--role") { Required = true, Description = "admin, staff or viewer." };
    private readonly Option<bool> _passwordStdin = new("--password-stdin") { Description = "Read the password from the first line of standard input." };
    private readonly Option<string?> _password = new("--password") { Description = "The password itself (discouraged: it stays in the shell history)." };

    public UsersAddCommand(CliContext context)
        : base("add", "Create a staff account; the password is asked (or read with --password-stdin), " + StaffPasswords.Rule + ".")
    {
        _context = context;
        Add(_username);
        Add(_role);
        Add(_passwordStdin);
        Add(_password);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(_username), parseResult.GetRequiredValue(_role), parseResult.GetValue(_passwordStdin),
            parseResult.GetValue(_password), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string username, string roleCode, bool passwordStdin, string? password,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (StaffUsernames.Normalize(username) is not { } name) return await AccountCommandRunner.FailAsync(error, $"user name must be {StaffUsernames.Rule}").ConfigureAwait(false);
        if (!StaffRoles.TryParse(roleCode, out var role)) return await AccountCommandRunner.FailAsync(error, $"'{roleCode}' is not a role: admin, staff or viewer").ConfigureAwait(false);
        var secret = await new PasswordInput(_context).ReadAsync(passwordStdin, password, error).ConfigureAwait(false);
        if (secret is null) return await AccountCommandRunner.FailAsync(error, "no password given").ConfigureAwait(false);
        if (!StaffPasswords.IsAcceptable(secret)) return await AccountCommandRunner.FailAsync(error, $"the password must be {StaffPasswords.Rule}").ConfigureAwait(false);

        return await AccountCommandRunner.RunAsync(_context, "users add", error, async services =>
        {
            var outcome = await services.GetRequiredService<IStaffAccounts>().AddAsync(name, secret, role, AccountCommandRunner.Actor, cancellationToken).ConfigureAwait(false);
            if (outcome == StaffAccountOutcome.AlreadyExists)
                return await AccountCommandRunner.FailAsync(error, $"user {name} already exists (reset its password with: ussdgw users reset-password --username {name})").ConfigureAwait(false);
            if (outcome != StaffAccountOutcome.Done) return await AccountCommandRunner.FailAsync(error, $"user {name} was not created: {outcome}").ConfigureAwait(false);
            await output.WriteLineAsync($"user {name} created with role {role.Code()}; sign in at /admin/login").ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }
}
