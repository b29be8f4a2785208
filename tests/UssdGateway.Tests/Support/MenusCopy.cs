using UssdGateway.Testing;

namespace UssdGateway.Tests.Support;

/// <summary>A temporary copy of the shipped <c>menus/</c> folder, for tests that publish menus (never the repository's own).</summary>
public sealed class MenusCopy : IDisposable
{
    private readonly TempDirectory _directory = new("ussdgw-menus");

    public MenusCopy()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Menus))
            File.Copy(file, _directory.Combine(System.IO.Path.GetFileName(file)));
    }

    public string Path => _directory.Path;

    public string Read(string fileName) => File.ReadAllText(_directory.Combine(fileName));

    public void Dispose() => _directory.Dispose();
}
