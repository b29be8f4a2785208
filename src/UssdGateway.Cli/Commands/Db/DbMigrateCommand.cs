using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Cli.Commands.Db;

/// <summary>
/// <c>ussdgw db migrate</c>: applies pending migrations to the configured database (<c>Database:Provider</c>,
/// <c>Database:Path</c> or <c>ConnectionStrings:Database</c>) and says what it did. Exit code 0, or 1 with
/// one line on standard error.
/// </summary>
internal sealed class DbMigrateCommand : Command
{
    private readonly CliContext _context;

    public DbMigrateCommand(CliContext context)
        : base("migrate", "Apply pending database migrations and print what was applied.")
    {
        _context = context;
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? database = null;
        try
        {
            await using var services = _context.BuildServices();
            database = services.GetRequiredService<IDbConnectionFactory>().Description;
            var migrator = services.GetRequiredService<DatabaseMigrator>();
            var result = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);

            await output.WriteLineAsync($"database: {result.Database}").ConfigureAwait(false);
            if (result.WasUpToDate)
            {
                await output.WriteLineAsync("database is up to date").ConfigureAwait(false);
            }
            else
            {
                foreach (var script in result.AppliedScripts)
                    await output.WriteLineAsync($"applied {script}").ConfigureAwait(false);
                await output.WriteLineAsync($"{result.AppliedScripts.Count} migration(s) applied").ConfigureAwait(false);
            }
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: db migrate was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (DatabaseMigrationException e)
        {
            await error.WriteLineAsync($"error: db migrate failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            var where = database is null ? "" : $" ({database})";
            await error.WriteLineAsync($"error: db migrate failed{where}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }
}
