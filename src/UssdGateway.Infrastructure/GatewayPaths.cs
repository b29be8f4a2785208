using Microsoft.Extensions.Configuration;

namespace UssdGateway.Infrastructure;

/// <summary>
/// Where the gateway's files live, resolved once so the web host and the CLI share the repository's
/// <c>menus/</c> and <c>data/</c> whatever their working directory (<c>dotnet run --project src/UssdGateway</c>
/// runs inside the project folder).
/// </summary>
/// <remarks>
/// The root is <c>Paths:Root</c> when set; else the first directory, from the working directory upwards,
/// holding a <c>menus</c> folder with <c>*.yaml</c> files; else the working directory.
/// Relative paths (<c>Menus:Path</c>, <c>Database:Path</c>) are taken from the root; absolute ones are kept.
/// </remarks>
public sealed class GatewayPaths
{
    public const string RootKey = "Paths:Root";
    public const string MenusPathKey = "Menus:Path";
    public const string DefaultMenusPath = "menus";

    /// <summary>The folder name looked for when walking up from the working directory.</summary>
    public const string MarkerFolder = "menus";

    public GatewayPaths(string root, string menusDirectory, string databaseFile)
    {
        Root = root;
        MenusDirectory = menusDirectory;
        DatabaseFile = databaseFile;
    }

    /// <summary>Absolute root every relative path is taken from.</summary>
    public string Root { get; }

    /// <summary>Absolute folder of the menu files (<c>Menus:Path</c>, default <c>menus</c>).</summary>
    public string MenusDirectory { get; }

    /// <summary>Absolute SQLite database file (<c>Database:Path</c>, default <c>data/ussdgateway.db</c>).</summary>
    public string DatabaseFile { get; }

    /// <summary>An absolute path for <paramref name="path"/>, taken from <see cref="Root"/> when relative.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Root);

    /// <summary>Paths from configuration, walking up from <paramref name="currentDirectory"/> (default: the process's).</summary>
    public static GatewayPaths FromConfiguration(IConfiguration configuration, string? currentDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var cwd = Path.GetFullPath(currentDirectory ?? Directory.GetCurrentDirectory());
        var configuredRoot = configuration[RootKey];
        var root = string.IsNullOrWhiteSpace(configuredRoot)
            ? FindRoot(cwd) ?? cwd
            : Path.GetFullPath(configuredRoot, cwd);

        var menus = NonEmpty(configuration[MenusPathKey]) ?? DefaultMenusPath;
        var database = NonEmpty(configuration[Data.DatabaseOptions.SectionName + ":" + nameof(Data.DatabaseOptions.Path)])
                       ?? Data.DatabaseOptions.DefaultPath;
        return new GatewayPaths(root, Path.GetFullPath(menus, root), Path.GetFullPath(database, root));
    }

    /// <summary>
    /// The first directory from <paramref name="startDirectory"/> upwards that holds a <c>menus</c> folder
    /// with at least one <c>*.yaml</c> file, or null.
    /// </summary>
    public static string? FindRoot(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (HasMenuFiles(Path.Combine(dir.FullName, MarkerFolder))) return dir.FullName;
        }
        return null;
    }

    private static bool HasMenuFiles(string folder)
    {
        try
        {
            return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.yaml").Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // an unreadable parent folder is not the root
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
