using System.Collections.Concurrent;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// Menu files by version in this process (the embedded default, one instance), expiring like Redis's
/// (<see cref="TimeProvider"/>; an expired version is dropped when read). Menu versions are few: no sweep.
/// </summary>
public sealed class InMemoryMenuSourceStore : IMenuSourceStore
{
    private readonly ConcurrentDictionary<(string MenuId, string Version), Entry> _entries = new();
    private readonly TimeProvider _time;

    public InMemoryMenuSourceStore(TimeProvider time) => _time = time;

    public ValueTask SaveAsync(string menuId, string version, string fileName, string source, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        MenuSources.Validate(menuId, version, fileName, source, ttl);
        _entries[(menuId, version)] = new Entry(new MenuSource(fileName, source), _time.GetUtcNow() + ttl);
        return ValueTask.CompletedTask;
    }

    public ValueTask<MenuSource?> GetAsync(string menuId, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(menuId);
        ArgumentException.ThrowIfNullOrEmpty(version);
        if (!_entries.TryGetValue((menuId, version), out var entry)) return ValueTask.FromResult<MenuSource?>(null);
        if (entry.ExpiresAt <= _time.GetUtcNow())
        {
            _entries.TryRemove(new KeyValuePair<(string, string), Entry>((menuId, version), entry)); // only if not replaced meanwhile
            return ValueTask.FromResult<MenuSource?>(null);
        }
        return ValueTask.FromResult<MenuSource?>(entry.Source);
    }

    private sealed record Entry(MenuSource Source, DateTimeOffset ExpiresAt);
}
