using System.Globalization;
using System.Text;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Lint;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>
/// Edits of the menu folder from the staff console: lint an edited file against the rest of the folder (no write);
/// publish it (refused with the problems on any error; else the file on disk before the first publish is recorded,
/// the new content written atomically — a temporary file renamed over it — recorded in <see cref="MenuHistory"/>,
/// and the live catalog reloaded at once); roll back by publishing a recorded version again. One publish at a time.
/// </summary>
public sealed class MenuPublisher(GatewayPaths paths, LiveMenuCatalog catalog, MenuActionRegistry registry, UssdOptions options, MenuHistory history) : IDisposable
{
    /// <summary>Largest file accepted (bytes).</summary>
    public const int MaxFileBytes = 256 * 1024;

    private readonly SemaphoreSlim _publishing = new(1, 1);

    private string Folder => paths.MenusDirectory;

    /// <summary>The <c>*.yaml</c> files of the menu folder, by name, with the version each serves.</summary>
    public IReadOnlyList<MenuFile> ListFiles()
    {
        if (!Directory.Exists(Folder)) return [];
        var served = catalog.Menus.Select(m => m.Definition).ToLookup(m => m.FileName, StringComparer.Ordinal);
        return [.. new DirectoryInfo(Folder).EnumerateFiles("*.yaml").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f =>
        {
            var menu = served[f.Name].FirstOrDefault();
            return new MenuFile(f.Name, MenuParser.VersionOf(File.ReadAllText(f.FullName)), f.Length,
                new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero), menu?.Id, menu?.Version);
        })];
    }

    /// <summary>The content of <paramref name="fileName"/>, or null when it is not a file of the folder.</summary>
    public string? Read(string fileName)
    {
        if (!MenuFileNames.IsValid(fileName)) return null;
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>
    /// Lints <paramref name="content"/> as <paramref name="fileName"/>: <c>sms.yaml</c> with the SMS texts linter, any
    /// other file with the menu linter beside the folder's other menus (duplicate ids and codes are found). Writes nothing.
    /// </summary>
    public MenuLintReport Lint(string fileName, string content)
    {
        content = Normalize(content);
        if (!MenuFileNames.IsValid(fileName))
            return new MenuLintReport([fileName], [new MenuError(fileName, 0, null, "file", "invalid file name: letters, digits, '-' or '_', then .yaml", Rule: MenuRules.Schema)]);
        if (IsSms(fileName)) return new MenuLintReport([fileName], SmsTemplateLinter.Lint(fileName, content));
        var others = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.yaml")
                .Select(f => Path.GetFileName(f))
                .Where(f => !IsSms(f) && !string.Equals(f, fileName, StringComparison.Ordinal))
                .Select(f => (f, File.ReadAllText(Path.Combine(Folder, f))))
            : [];
        return MenuLinter.Lint([.. others, (fileName, content)], [], MenuLintOptions.From(registry, options.Budget));
    }

    /// <summary>Publishes <paramref name="content"/> as <paramref name="fileName"/> (see the class summary).</summary>
    /// <param name="action"><c>publish</c>, <c>upload</c> or <c>rollback</c>, as recorded in the history.</param>
    public async Task<MenuPublishResult> PublishAsync(string fileName, string content, string action, string savedBy, CancellationToken cancellationToken = default)
    {
        content = Normalize(content);
        await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var report = Lint(fileName, content);
            if (!report.Passed) return new MenuPublishResult(false, null, report);
            var hash = MenuParser.VersionOf(content);
            var path = Path.Combine(Folder, fileName);
            var current = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : null;
            if (current == content) return new MenuPublishResult(false, hash, report, Unchanged: true);
            if (current is not null && await history.LatestHashAsync(fileName, cancellationToken).ConfigureAwait(false) != MenuParser.VersionOf(current))
                await history.AddAsync(fileName, current, "found", "dossier des menus", cancellationToken).ConfigureAwait(false);
            await WriteAtomicallyAsync(path, content, cancellationToken).ConfigureAwait(false);
            await history.AddAsync(fileName, content, action, savedBy, cancellationToken).ConfigureAwait(false);
            await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
            return new MenuPublishResult(true, hash, report);
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>Publishes the recorded version <paramref name="historyId"/> of <paramref name="fileName"/> again; null when there is none.</summary>
    public async Task<MenuPublishResult?> RollBackAsync(string fileName, long historyId, string savedBy, CancellationToken cancellationToken = default)
    {
        var version = await history.GetAsync(fileName, historyId, cancellationToken).ConfigureAwait(false);
        return version is { } found ? await PublishAsync(fileName, found.Content, "rollback", savedBy, cancellationToken).ConfigureAwait(false) : null;
    }

    private static async Task WriteAtomicallyAsync(string path, string content, CancellationToken cancellationToken)
    {
        // Not *.yaml: the catalog never reads a half-written file.
        var temp = path + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temp, content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Browsers send a textarea's lines ending in CR LF; the folder's files end them in LF.</summary>
    private static string Normalize(string content) => content.ReplaceLineEndings("\n");

    private static bool IsSms(string fileName) => string.Equals(fileName, MenuLoader.SmsFileName, StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _publishing.Dispose();
}
