using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme;

namespace UssdGateway.Channels.AfricasTalking;

/// <summary>
/// The <c>END</c> a caller over the USSD rate limit gets, without running the engine: the menu's <c>rate_limited</c>
/// message (a built-in text unless the menu overrides it) in the language the number chose last, else the menu's first.
/// </summary>
public static class UssdRateLimitReply
{
    /// <summary>The language is looked up for at most this long: a refused hop stays cheap.</summary>
    private static readonly TimeSpan LanguageLookup = TimeSpan.FromSeconds(1);

    public static async Task<UssdReply> ForAsync(
        UssdRequest request, IMenuCatalog catalog, ICallerPreferences preferences, TimeProvider time, CancellationToken cancellationToken)
    {
        var menu = catalog.TryResolve(request.ServiceCode, out var compiled, out _) ? compiled.Definition : null;
        string? language = null;
        try
        {
            language = await preferences.GetLanguageAsync(request.Phone, cancellationToken).WaitAsync(LanguageLookup, time, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database slow or away: the menu's first language will do.
        }
        var lang = language ?? menu?.DefaultLanguage ?? "fr";
        var defaults = BuiltInMessages.Defaults[BuiltInMessages.RateLimited];
        var text = menu is not null ? menu.Message(BuiltInMessages.RateLimited, lang) : defaults.GetValueOrDefault(lang) ?? defaults["fr"];
        return new UssdReply(text, End: true);
    }
}
