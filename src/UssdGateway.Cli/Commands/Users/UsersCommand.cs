using System.CommandLine;

namespace UssdGateway.Cli.Commands.Users;

/// <summary><c>ussdgw users …</c>: staff accounts of the console.</summary>
internal sealed class UsersCommand : Command
{
    public UsersCommand(CliContext context)
        : base("users", "Staff accounts of the console (add, reset-password, list).")
    {
        Add(new UsersAddCommand(context));
        Add(new UsersResetPasswordCommand(context));
        Add(new UsersListCommand(context));
    }
}
