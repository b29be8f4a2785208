namespace UssdGateway.Testing;

/// <summary>The checkout the tests run from: the folder holding UssdGateway.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "UssdGateway.sln"))) return dir.FullName;
        throw new InvalidOperationException("UssdGateway.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;

    /// <summary>The shipped menus folder.</summary>
    public static string Menus => System.IO.Path.Combine(Root.Value, "menus");
}
