namespace UssdGateway.Core.Tests.Support;

/// <summary>Folders of the repository the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Menus => Path.Combine(Root, "menus");

    public static string MenuFile(string name) => Path.Combine(Menus, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "UssdGateway.sln"))) return dir.FullName;
        throw new InvalidOperationException("UssdGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
