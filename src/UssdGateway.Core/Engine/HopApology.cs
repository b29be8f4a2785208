using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Engine;

/// <summary>
/// The polite END of a failed hop, in the caller's language. When the session could not be read (the session store
/// is away), its language is unknown: the language this number chose before is asked of <see cref="Programme.ICallerPreferences"/>
/// (the database, not the session store), for at most <see cref="LookupBudget"/>; failing that, the menu's default.
/// </summary>
internal static class HopApology
{
    /// <summary>How long a failed hop may spend finding the caller's language before answering.</summary>
    public static readonly TimeSpan LookupBudget = TimeSpan.FromMilliseconds(250);

    public static async Task<UssdReply> ForAsync(UssdEngine engine, UssdHop hop, UssdRequest request)
    {
        if (hop.Result is { Language.Length: > 0 }) return hop.Apology();
        MenuDefinition? menu = hop.LoadedMenu ?? (engine.Catalog.TryResolve(request.ServiceCode, out var compiled, out _) ? compiled.Definition : null);
        string? language = null;
        try
        {
            language = await engine.Preferences.GetLanguageAsync(request.Phone).WaitAsync(LookupBudget, engine.Time).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The database is away too (or slow): the menu's default language.
        }
        if (language is not null && menu is not null && !menu.Languages.Contains(language)) language = null;
        return UssdEngine.ApologyFor(menu, language);
    }
}
