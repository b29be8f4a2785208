using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Simulation;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Menus;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>
/// <c>ussdgw menus simulate &lt;file&gt; [--lang fr|bm] [--phone +223…]</c>: a feature-phone call in the terminal. Each
/// screen is shown as the phone would show it, with its encoding and size under it; type the answer and press Enter;
/// Ctrl+D (end of input) hangs up. The real engine and actions run on the configured database, every request flagged
/// as a test, so what it registers is marked as test data.
/// </summary>
internal sealed class MenusSimulateCommand : Command
{
    private readonly CliContext _context;

    private readonly Argument<string> _file = new("file") { Description = "The menu file, e.g. menus/renapess.yaml." };

    private readonly Option<string?> _language = new("--lang")
    {
        Description = "Answer the language question with this language (fr, bm…) when it is asked.",
    };

    private readonly Option<string?> _phone = new("--phone")
    {
        Description = "The caller's number (+223…). Default: a random test number.",
    };

    public MenusSimulateCommand(CliContext context)
        : base("simulate", "Try a menu as a caller would, in the terminal (Ctrl+D hangs up).")
    {
        _context = context;
        Add(_file);
        Add(_language);
        Add(_phone);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(_file)!, parseResult.GetValue(_language), parseResult.GetValue(_phone),
            _context.Input, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(
        string file, string? language, string? phone, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var caller = phone is null ? RandomTestNumber() : PhoneNumberNormalizer.TryNormalize(phone, out var e164) ? e164 : null;
        if (caller is null)
        {
            await error.WriteLineAsync($"error: --phone '{phone}' is not a phone number (write it as +223 and 8 digits)").ConfigureAwait(false);
            return 1;
        }

        string? path = null;
        try
        {
            await using var services = MenuEngineServices.Build(_context, sp =>
            {
                path = MenuEngineServices.ResolveUserPath(file, sp.GetRequiredService<GatewayPaths>());
                if (!File.Exists(path))
                    throw new MenuLoadException(path, [new MenuError(file, 0, null, "file", "no menu file here", Rule: MenuRules.Schema)]);
                var registry = sp.GetRequiredService<MenuActionRegistry>();
                var result = MenuLoader.Load(
                    [(Path.GetFileName(path), File.ReadAllText(path))], sp.GetRequiredService<UssdOptions>().Budget,
                    registry.ActionNames, registry.ListSourceNames);
                if (!result.IsValid) throw new MenuLoadException(path, [.. result.Errors]);
                return new MenuCatalog(result.Menus);
            });
            var engine = services.GetRequiredService<UssdEngine>();
            var menu = services.GetRequiredService<IMenuCatalog>().Menus[0].Definition;
            var budget = services.GetRequiredService<UssdOptions>().Budget;
            var languageNumber = 0;
            if (language is not null)
            {
                languageNumber = menu.Languages.ToList().IndexOf(language) + 1;
                if (languageNumber == 0)
                {
                    await error.WriteLineAsync($"error: --lang '{language}' is not one of the menu's languages ({string.Join(", ", menu.Languages)})").ConfigureAwait(false);
                    return 1;
                }
            }
            if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

            var echo = !ReferenceEquals(input, Console.In) || Console.IsInputRedirected;
            var simulated = new SimulatedPhone(engine, services.GetRequiredService<ISessionStore>(), caller);
            await output.WriteLineAsync($"menu {menu.Id} ({menu.FileName}) · dialling {menu.ServiceCodes[0]} from {caller} · a test call: what it records is flagged as test data").ConfigureAwait(false);
            await output.WriteLineAsync("Type an answer and press Enter; Ctrl+D hangs up.").ConfigureAwait(false);

            var reply = await simulated.DialAsync(menu.ServiceCodes[0], cancellationToken).ConfigureAwait(false);
            if (languageNumber > 0 && await simulated.IsAskingLanguageAsync(cancellationToken).ConfigureAwait(false))
            {
                await output.WriteLineAsync($"(language question answered with {languageNumber.ToString(CultureInfo.InvariantCulture)}: {menu.LanguageName(language!)})").ConfigureAwait(false);
                reply = await simulated.SendAsync(languageNumber.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            }
            while (true)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                await output.WriteLineAsync(reply.Text).ConfigureAwait(false);
                await output.WriteLineAsync(ScreenSize.Describe(reply.Text, budget)).ConfigureAwait(false);
                if (reply.End)
                {
                    await output.WriteLineAsync("-- END: the call is over --").ConfigureAwait(false);
                    return 0;
                }
                await output.WriteAsync("> ").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                var answer = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (answer is null)
                {
                    await output.WriteLineAsync().ConfigureAwait(false);
                    await output.WriteLineAsync("-- hung up --").ConfigureAwait(false);
                    return 0;
                }
                if (echo) await output.WriteLineAsync(answer).ConfigureAwait(false); // typed text is not on screen when it comes from a file
                reply = await simulated.SendAsync(answer, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (MenuLoadException e)
        {
            foreach (var problem in e.Errors) await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            await error.WriteLineAsync($"error: {path ?? file} cannot be simulated until these are fixed").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("-- hung up --").ConfigureAwait(false);
            return 0;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"error: menus simulate failed: {CliErrors.OneLine(e)}").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>A Mali mobile number, different on each run so a new simulation is a new caller.</summary>
    private static string RandomTestNumber() =>
        "+2237" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
}
