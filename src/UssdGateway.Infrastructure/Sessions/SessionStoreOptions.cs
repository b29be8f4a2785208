namespace UssdGateway.Infrastructure.Sessions;

/// <summary>Configuration section <c>Sessions</c>. Redis is used when <c>ConnectionStrings:Redis</c> is set.</summary>
public sealed class SessionStoreOptions
{
    public const string SectionName = "Sessions";
    public const string RedisConnectionStringName = "Redis";
    public const string DefaultKeyPrefix = "ussd:";

    /// <summary>Prefix of every Redis key: a session lives at <c>{KeyPrefix}session:{provider}:{sessionId}</c>.</summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;
}
