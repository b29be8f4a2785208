namespace UssdGateway.Core.Sessions;

/// <summary>
/// Menu files by version (content hash), kept where every instance can read them, so a hop reaching an
/// instance that has not loaded a session's version can still compile it. Lives beside the sessions (Redis).
/// </summary>
public interface IMenuSourceStore
{
    ValueTask SaveAsync(string menuId, string version, string fileName, string source, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>The file name and text of that version, or null.</summary>
    ValueTask<MenuSource?> GetAsync(string menuId, string version, CancellationToken cancellationToken = default);
}
