using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Logging;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>
/// The menus being served, kept in step with the menu folder without a restart. New sessions get the
/// latest valid version of each menu; a running session keeps the version it started on (by content hash),
/// which stays available here and, through <see cref="IMenuSourceStore"/>, to every other instance.
/// An edit that does not validate is refused with its reasons logged, and the previous version of that file
/// keeps serving.
/// </summary>
public sealed partial class LiveMenuCatalog : IMenuCatalog, IAsyncDisposable
{
    /// <summary>How long a version's source is kept in the shared store; re-published well before it lapses.</summary>
    public static readonly TimeSpan SourceTtl = TimeSpan.FromDays(7);

    private static readonly TimeSpan RepublishEvery = TimeSpan.FromHours(6);

    private readonly string _folder;
    private readonly UssdOptions _options;
    private readonly MenuActionRegistry _registry;
    private readonly IMenuSourceStore _sources;
    private readonly TimeProvider _time;
    private readonly ILogger<LiveMenuCatalog> _logger;
    private readonly ConcurrentDictionary<(string Id, string Version), CompiledMenu> _versions = new();
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile MenuCatalog _current;
    private string _fingerprint;
    private DateTimeOffset _publishedAt = DateTimeOffset.MinValue;
    private ITimer? _timer;

    /// <summary>Loads the folder; throws <see cref="MenuLoadException"/> listing every problem when it cannot serve.</summary>
    public LiveMenuCatalog(
        string folder, UssdOptions options, MenuActionRegistry registry, IMenuSourceStore sources,
        TimeProvider time, ILogger<LiveMenuCatalog> logger)
    {
        _folder = folder;
        _options = options;
        _registry = registry;
        _sources = sources;
        _time = time;
        _logger = logger;
        _fingerprint = Fingerprint(folder);
        var result = Load();
        foreach (var warning in result.Warnings) LogWarning(_logger, warning.ToString());
        if (!result.IsValid) throw new MenuLoadException(folder, result.Errors.ToList());
        if (result.Menus.Count == 0)
            throw new MenuLoadException(folder, [new MenuError(folder, 0, null, "folder", "no menu file (*.yaml) found")]);
        _current = Compile(result.Menus);
    }

    public IReadOnlyList<CompiledMenu> Menus => _current.Menus;

    public bool TryResolve(string serviceCode, [MaybeNullWhen(false)] out CompiledMenu menu, out string extraInput) =>
        _current.TryResolve(serviceCode, out menu, out extraInput);

    public async ValueTask<CompiledMenu?> FindAsync(string menuId, string version, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue((menuId, version), out var known)) return known;
        var stored = await _sources.GetAsync(menuId, version, cancellationToken);
        if (stored is null) return null;
        var result = MenuLoader.Load([(stored.FileName, stored.Source)], _options.Budget, _registry.ActionNames, _registry.ListSourceNames);
        var definition = result.Menus.FirstOrDefault(m => m.Id == menuId && m.Version == version);
        if (definition is null)
        {
            LogStoredVersionUnusable(_logger, menuId, version, string.Join("; ", result.Errors));
            return null;
        }
        LogCompiledFromStore(_logger, menuId, version);
        return _versions.GetOrAdd((menuId, version), _ => new CompiledMenu(definition));
    }

    /// <summary>Publishes the loaded versions and starts watching the folder every <paramref name="interval"/> (zero: never).</summary>
    public async Task StartAsync(TimeSpan interval, CancellationToken cancellationToken = default)
    {
        await PublishAsync(cancellationToken);
        if (interval > TimeSpan.Zero)
            _timer = _time.CreateTimer(_ => _ = CheckAsync(), null, interval, interval);
    }

    /// <summary>
    /// Reads the folder again: valid files replace their menus for new sessions; a file with errors is refused,
    /// its previous version keeps serving. Returns what was found.
    /// </summary>
    public async Task<MenuLoadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            _fingerprint = Fingerprint(_folder);
            var result = Load();
            var refusedFiles = result.Errors.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
            foreach (var file in refusedFiles)
                LogRefused(_logger, file, string.Join(Environment.NewLine, result.Errors.Where(e => e.File == file)));
            var kept = _current.Menus.Select(m => m.Definition).Where(m => refusedFiles.Contains(m.FileName));
            var menus = result.Menus.Concat(kept).ToList();
            var before = _current.Menus.ToDictionary(m => m.Definition.Id, m => m.Definition.Version);
            _current = Compile(menus);
            foreach (var menu in menus.Where(m => !before.TryGetValue(m.Id, out var v) || v != m.Version))
                LogReloaded(_logger, menu.Id, menu.Version, menu.FileName, before.GetValueOrDefault(menu.Id) ?? "none");
            await PublishAsync(cancellationToken);
            return result;
        }
        finally
        {
            _reloading.Release();
        }
    }

    private async Task CheckAsync()
    {
        try
        {
            if (Fingerprint(_folder) != _fingerprint) await ReloadAsync();
            else if (_time.GetUtcNow() - _publishedAt > RepublishEvery) await PublishAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            LogCheckFailed(_logger, e, _folder);
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        foreach (var menu in _current.Menus.Select(m => m.Definition))
        {
            try
            {
                await _sources.SaveAsync(menu.Id, menu.Version, menu.FileName, menu.Source, SourceTtl, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Other instances then cannot pick up this version's sessions; this one still serves them.
                LogPublishFailed(_logger, e, menu.Id, menu.Version);
                return;
            }
        }
        _publishedAt = _time.GetUtcNow();
    }

    private MenuLoadResult Load() =>
        MenuLoader.LoadFolder(_folder, _options.Budget, _registry.ActionNames, _registry.ListSourceNames);

    private MenuCatalog Compile(IEnumerable<MenuDefinition> menus) =>
        new(menus.Select(m => _versions.GetOrAdd((m.Id, m.Version), _ => new CompiledMenu(m))).ToList());

    /// <summary>Names, sizes and write times of the menu files: changes when a file is edited, added or removed.</summary>
    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder)) return "";
        var builder = new StringBuilder();
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.yaml").OrderBy(f => f.Name, StringComparer.Ordinal))
            builder.Append(file.Name).Append(':').Append(file.Length).Append(':').Append(file.LastWriteTimeUtc.Ticks).Append(';');
        return builder.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null) await _timer.DisposeAsync();
        _reloading.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Menu warning: {Problem}")]
    private static partial void LogWarning(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Menu {MenuId} version {Version} from {File} now serves new sessions (was {Previous})")]
    private static partial void LogReloaded(ILogger logger, string menuId, string version, string file, string previous);

    [LoggerMessage(Level = LogLevel.Error, Message = "Menu file {File} refused; its previous version keeps serving:\n{Problems}")]
    private static partial void LogRefused(ILogger logger, string file, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Menu {MenuId} version {Version} compiled from the shared store for a running session")]
    private static partial void LogCompiledFromStore(ILogger logger, string menuId, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Menu {MenuId} version {Version} from the shared store cannot be used: {Problems}")]
    private static partial void LogStoredVersionUnusable(ILogger logger, string menuId, string version, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish menu {MenuId} version {Version} to the shared store")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string menuId, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the menu folder {Folder} failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string folder);
}
