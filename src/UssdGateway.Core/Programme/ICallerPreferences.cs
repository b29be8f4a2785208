namespace UssdGateway.Core.Programme;

/// <summary>What we remember per phone number between sessions (its chosen language).</summary>
public interface ICallerPreferences
{
    /// <summary>The language code this number chose last, or null for a first-time caller.</summary>
    Task<string?> GetLanguageAsync(string phone, CancellationToken cancellationToken = default);

    Task SetLanguageAsync(string phone, string language, CancellationToken cancellationToken = default);
}
