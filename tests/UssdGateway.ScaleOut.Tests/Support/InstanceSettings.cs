using System.Globalization;
using UssdGateway.Testing;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// The settings two gateway instances share, as environment variables (<c>Section__Key</c>): the shipped menus, one
/// SQLite file, one Redis (sessions and Hangfire jobs under a fresh prefix) and Africa's Talking aimed at a local fake.
/// </summary>
internal static class InstanceSettings
{
    public const int WorkerCount = 4; // job workers per instance

    public static Dictionary<string, string> Shared(string redis, string databaseFile, string providerUrl)
    {
        var prefix = "scale" + Guid.NewGuid().ToString("N")[..8];
        return new Dictionary<string, string>
        {
            ["Paths__Root"] = Path.GetDirectoryName(Path.GetDirectoryName(databaseFile))!,
            ["Menus__Path"] = RepositoryRoot.Menus,
            ["Menus__ReloadSeconds"] = "0",
            ["Database__Path"] = databaseFile,
            ["ConnectionStrings__Redis"] = redis,
            ["Sessions__KeyPrefix"] = prefix + ":",
            ["Jobs__Storage"] = "Redis",
            ["Jobs__RedisPrefix"] = "{" + prefix + "-jobs}:",
            ["Jobs__RunServer"] = "true",
            ["Jobs__WorkerCount"] = WorkerCount.ToString(CultureInfo.InvariantCulture),
            ["Sms__AfricasTalking__Username"] = "renapess",
            ["Sms__AfricasTalking__ApiKey"] = "at-key-scale",
            ["Sms__AfricasTalking__From"] = "RENAPESS",
            ["Sms__AfricasTalking__BaseUrl"] = providerUrl,
            ["Sms__AfricasTalking__Timeout"] = "00:00:05",
        };
    }

    /// <summary><paramref name="settings"/> plus <paramref name="extra"/> (later keys win).</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> settings, params (string Key, string Value)[] extra)
    {
        var copy = new Dictionary<string, string>(settings);
        foreach (var (key, value) in extra) copy[key] = value;
        return copy;
    }
}
