using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Simulation;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>
/// <c>ussdgw menus test [folder]</c>: plays the scripted conversations of <c>{folder}/tests/*.yaml</c> (default: the
/// configured menus folder) against the real engine and actions. Each conversation gets an in-process session store
/// and a throwaway SQLite database of its own, so runs repeat exactly and touch no real data. Prints each conversation
/// as passed or failed (with the step, its line and the reply it saw); exit code 1 when one fails or a script cannot be read.
/// </summary>
internal sealed class MenusTestCommand : Command
{
    public const string TestsFolder = "tests";

    private readonly CliContext _context;

    private readonly Argument<string?> _folder = new("folder")
    {
        Description = "The menu folder; scripts are read from its tests/ folder. Default: the configured one (Menus:Path).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public MenusTestCommand(CliContext context)
        : base("test", "Run the scripted conversations in <folder>/tests/*.yaml against the real engine.")
    {
        _context = context;
        Add(_folder);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_folder), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string? folder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string menusFolder;
        MenuCatalog catalog;
        IConfiguration configuration;
        try
        {
            configuration = _context.LoadConfiguration();
            await using var services = MenuEngineServices.Build(_context, configuration: configuration);
            var paths = services.GetRequiredService<GatewayPaths>();
            menusFolder = folder is null ? paths.MenusDirectory : MenuEngineServices.ResolveUserPath(folder, paths);
            var registry = services.GetRequiredService<MenuActionRegistry>();
            var loaded = MenuLoader.LoadFolder(menusFolder, services.GetRequiredService<UssdOptions>().Budget, registry.ActionNames, registry.ListSourceNames);
            if (!loaded.IsValid)
            {
                foreach (var problem in loaded.Errors) await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                await error.WriteLineAsync("error: the menus have errors (see 'ussdgw menus lint'); no conversation was run").ConfigureAwait(false);
                return 1;
            }
            catalog = new MenuCatalog(loaded.Menus);
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: menus test failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }

        var scriptsFolder = Path.Combine(menusFolder, TestsFolder);
        var files = Directory.Exists(scriptsFolder)
            ? Directory.EnumerateFiles(scriptsFolder, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList()
            : [];
        var shownFolder = Path.Combine(folder ?? menusFolder, TestsFolder);
        if (files.Count == 0)
        {
            await error.WriteLineAsync($"error: no scripted conversation found ({shownFolder}/*.yaml)").ConfigureAwait(false);
            return 1;
        }

        var runner = new ConversationRunner(ct => NewHostAsync(configuration, catalog, ct));
        int passed = 0, failed = 0, unreadable = 0;
        var covered = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var (script, problems) = ConversationScriptParser.Parse(name, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
            await output.WriteLineAsync(name).ConfigureAwait(false);
            if (script is null)
            {
                foreach (var problem in problems) await output.WriteLineAsync("  " + problem).ConfigureAwait(false);
                await output.WriteLineAsync("  FAIL  the script cannot be read").ConfigureAwait(false);
                unreadable++;
                continue;
            }
            var languages = covered.TryGetValue(script.MenuId, out var set) ? set : covered[script.MenuId] = new HashSet<string>(StringComparer.Ordinal);
            IReadOnlyList<ConversationResult> results;
            try
            {
                results = await runner.RunAsync(script, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await output.WriteLineAsync($"  FAIL  the conversations could not run: {CliErrors.OneLine(e)}").ConfigureAwait(false);
                unreadable++;
                continue;
            }
            foreach (var result in results)
            {
                if (result.Conversation.Language is { } language) languages.Add(language);
                if (result.Passed)
                {
                    passed++;
                    await output.WriteLineAsync($"  pass  {result.Conversation.Name} ({Steps(result.StepsRun)})").ConfigureAwait(false);
                    continue;
                }
                failed++;
                var where = result.FailedStep is { } step
                    ? $"step {(result.Conversation.Steps.ToList().IndexOf(step) + 1).ToString(CultureInfo.InvariantCulture)} (line {step.Line.ToString(CultureInfo.InvariantCulture)}, {step}): "
                    : "";
                await output.WriteLineAsync($"  FAIL  {result.Conversation.Name}: {where}{result.Failure}").ConfigureAwait(false);
                if (result.LastReply is not null)
                    await output.WriteLineAsync("        reply: " + result.LastReply.Replace("\n", "\n               ", StringComparison.Ordinal)).ConfigureAwait(false);
            }
        }

        foreach (var menu in catalog.Menus.Select(m => m.Definition))
        {
            if (!covered.TryGetValue(menu.Id, out var languages))
                await output.WriteLineAsync($"warning: menu {menu.Id} ({menu.FileName}) has no scripted conversation").ConfigureAwait(false);
            else if (menu.Languages.Where(l => !languages.Contains(l)).ToList() is { Count: > 0 } missing)
                await output.WriteLineAsync($"warning: menu {menu.Id} has no conversation in {string.Join(", ", missing)} (give conversations a 'lang')").ConfigureAwait(false);
        }
        var summary = $"{shownFolder}: {passed.ToString(CultureInfo.InvariantCulture)} passed, {failed.ToString(CultureInfo.InvariantCulture)} failed";
        if (unreadable > 0) summary += $", {unreadable.ToString(CultureInfo.InvariantCulture)} script{(unreadable == 1 ? "" : "s")} not run";
        await output.WriteLineAsync(summary).ConfigureAwait(false);
        return failed == 0 && unreadable == 0 ? 0 : 1;
    }

    private static string Steps(int n) => $"{n.ToString(CultureInfo.InvariantCulture)} step{(n == 1 ? "" : "s")}";

    /// <summary>The real engine on a fresh SQLite file and in-process sessions, deleted when the conversation ends.</summary>
    private async Task<SimulationHost> NewHostAsync(IConfiguration configuration, MenuCatalog catalog, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ussdgw-menus-test-" + Guid.NewGuid().ToString("N"));
        var throwaway = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = DatabaseOptions.SqliteProvider,
                ["Database:Path"] = Path.Combine(folder, "conversation.db"),
                ["ConnectionStrings:" + Infrastructure.Sessions.SessionStoreOptions.RedisConnectionStringName] = "",
            })
            .Build();
        var services = MenuEngineServices.Build(_context, _ => catalog, throwaway);
        async ValueTask DisposeAsync()
        {
            await services.DisposeAsync().ConfigureAwait(false);
            SqliteConnection.ClearAllPools();
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the system's temp cleaner.
            }
        }
        try
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            return new SimulationHost(
                services.GetRequiredService<UssdEngine>(), services.GetRequiredService<ISessionStore>(),
                services.GetRequiredService<IMenuCatalog>(), DisposeAsync)
            {
                Beneficiaries = services.GetRequiredService<UssdGateway.Core.Programme.IBeneficiaryRepository>(),
            };
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
