using StackExchange.Redis;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>How the shared <see cref="ConnectionMultiplexer"/> is configured: fail fast, never abort on connect.</summary>
public static class RedisConnection
{
    /// <summary>
    /// Defaults placed before the configured string, so anything it sets wins: a down Redis makes calls fail
    /// within about a second (a USSD hop cannot wait) and the multiplexer keeps reconnecting in the background.
    /// </summary>
    public const string Defaults = "abortConnect=false,connectTimeout=2000,syncTimeout=1000,asyncTimeout=1000,connectRetry=1";

    public static ConfigurationOptions ParseOptions(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return ConfigurationOptions.Parse(Defaults + "," + connectionString);
    }

    public static ConnectionMultiplexer Connect(string connectionString) => ConnectionMultiplexer.Connect(ParseOptions(connectionString));
}
