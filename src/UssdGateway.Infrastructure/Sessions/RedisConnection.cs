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

    /// <summary>The longest pause between two reconnection attempts while Redis is away.</summary>
    public static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Also, not settable from the string: while no connection is up, a command fails at once instead of waiting in
    /// the backlog for the timeout (the hop answers its apology at once, the inbound SMS path never waits on Redis);
    /// and reconnection is tried at least every <see cref="MaxReconnectDelay"/> (the default backs off to several
    /// seconds), so service is back within a few seconds of Redis, without a restart.
    /// </summary>
    public static ConfigurationOptions ParseOptions(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = ConfigurationOptions.Parse(Defaults + "," + connectionString);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new ExponentialRetry(250, (int)MaxReconnectDelay.TotalMilliseconds);
        return options;
    }

    public static ConnectionMultiplexer Connect(string connectionString) => ConnectionMultiplexer.Connect(ParseOptions(connectionString));
}
