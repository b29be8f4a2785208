using System.Collections.Concurrent;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

internal sealed class InMemoryCallerPreferences : ICallerPreferences
{
    public ConcurrentDictionary<string, string> Languages { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetLanguageAsync(string phone, CancellationToken cancellationToken = default) =>
        Task.FromResult(Languages.TryGetValue(phone, out var language) ? language : null);

    public Task SetLanguageAsync(string phone, string language, CancellationToken cancellationToken = default)
    {
        Languages[phone] = language;
        return Task.CompletedTask;
    }
}
