using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Demo;

namespace UssdGateway.Cli.Commands.Seed;

/// <summary>
/// <c>ussdgw seed demo [--remove]</c>: migrates the configured database, then writes what is missing of the demo
/// programme (<see cref="DemoSeeder"/>; safe to run again) and prints the numbers to try; <c>--remove</c> deletes
/// every demo row instead. Exit code 0, or 1 with one line on standard error.
/// </summary>
internal sealed class SeedDemoCommand : Command
{
    private readonly CliContext _context;

    private readonly Option<bool> _remove = new("--remove")
    {
        Description = "Delete every demo row (and what hangs off it) instead of writing them.",
    };

    public SeedDemoCommand(CliContext context)
        : base("demo", "Migrate, then fill the database with a demo programme in Bamako and print the phone numbers to try.")
    {
        _context = context;
        Add(_remove);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_remove),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));
    }

    internal async Task<int> RunAsync(bool remove, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? database = null;
        try
        {
            await using var services = _context.BuildServices();
            database = services.GetRequiredService<IDbConnectionFactory>().Description;
            var migration = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"database: {migration.Database}").ConfigureAwait(false);
            if (!migration.WasUpToDate)
                await output.WriteLineAsync($"{migration.AppliedScripts.Count} migration(s) applied").ConfigureAwait(false);

            var seeder = services.GetRequiredService<DemoSeeder>();
            if (remove)
            {
                var deleted = await seeder.RemoveAsync(cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"demo data removed: {deleted.ToString(CultureInfo.InvariantCulture)} row(s) deleted").ConfigureAwait(false);
                return 0;
            }

            var result = await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(Describe(result)).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: seed demo was cancelled").ConfigureAwait(false);
            return 1;
        }
        catch (DatabaseMigrationException e)
        {
            await error.WriteLineAsync($"error: seed demo failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e)
        {
            var where = database is null ? "" : $" ({database})";
            await error.WriteLineAsync($"error: seed demo failed{where}: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    internal static string Describe(DemoSeedResult result)
    {
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        var text = new System.Text.StringBuilder();
        var day = result.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        text.Append(result.Written == 0
            ? $"demo data for {day} (Bamako) is already there: nothing written\n"
            : $"demo data for {day} (Bamako) written: {N(result.Beneficiaries)} youth(s), {N(result.Cohorts)} cohort(s), " +
              $"{N(result.Sessions)} session(s), {N(result.Bookings)} booking(s), {N(result.Attendances)} attendance(s), " +
              $"{N(result.Cooperatives)} cooperative(s), {N(result.Leaders)} leader(s), {N(result.SalesReports)} sales report(s), " +
              $"{N(result.Loans)} loan(s), {N(result.Instalments)} instalment(s), {N(result.Repayments)} repayment(s)\n");
        text.Append("numbers to try:\n");
        text.Append($"  {DemoPhones.Youth}  {DemoPhones.YouthName}: registered, a booked session, a loan with an overdue instalment, PIN {DemoPhones.YouthPin}\n");
        text.Append($"  {DemoPhones.Leader}  {DemoPhones.LeaderName}: leads {string.Join(" and ", result.LeaderCooperatives)}\n");
        text.Append($"  {DemoPhones.Unregistered}  not registered: registration, then a training slot\n");
        text.Append("demo rows carry is_demo = 1; remove them with: ussdgw seed demo --remove\n");
        return text.ToString();
    }
}
