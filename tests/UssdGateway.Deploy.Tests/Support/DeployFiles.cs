using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Support;

/// <summary>The shipped files under <c>deploy/</c> of the checkout the tests run from.</summary>
internal static class DeployFiles
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "deploy");

    /// <summary>Absolute path of a file under <c>deploy/</c>, e.g. <c>Path("nginx", "proxy.conf")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));
}
