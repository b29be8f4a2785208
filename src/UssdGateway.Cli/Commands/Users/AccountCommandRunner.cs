using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Cli.Commands.Users;

/// <summary>
/// Runs an account command on a migrated database (the accounts' tables may be new): exit code 0, or 1 with one line
/// on standard error naming the command.
/// </summary>
internal static class AccountCommandRunner
{
    /// <summary>The name of the operator in the audit trail: the system user running the tool.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    public static async Task<int> RunAsync(CliContext context, string command, TextWriter error,
        Func<IServiceProvider, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = context.BuildServices();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            return await work(services).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"error: {command} was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: {command} failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    public static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return 1;
    }
}
