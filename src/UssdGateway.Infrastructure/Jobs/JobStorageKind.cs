namespace UssdGateway.Infrastructure.Jobs;

/// <summary>Where Hangfire keeps its jobs (<c>Jobs:Storage</c>).</summary>
public enum JobStorageKind
{
    Sqlite,
    SqlServer,
    Redis,

    /// <summary>Tests and trials only: the jobs vanish with the process.</summary>
    InMemory,
}
