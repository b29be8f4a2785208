namespace UssdGateway.Testing;

/// <summary>A fresh folder under the system temp folder, deleted (best effort) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string? prefix = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ussdgw-tests", (prefix ?? "t") + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>An absolute path inside the folder (nothing is created).</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates a sub-folder (and its parents) and returns its absolute path.</summary>
    public string CreateDirectory(params string[] parts) => Directory.CreateDirectory(Combine(parts)).FullName;

    /// <summary>Writes a file (creating its folders) and returns its absolute path.</summary>
    public string WriteFile(string relativePath, string content = "")
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public override string ToString() => Path;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open (a pooled SQLite connection) must not fail the test; the OS temp cleaner gets it.
        }
    }
}
