using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests;

/// <summary>Test classes that share one real redis-server (started once, killed at the end).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
