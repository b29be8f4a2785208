namespace UssdGateway.Tests.Jobs;

/// <summary>Hosts running Hangfire job servers, one test at a time (Hangfire keeps some process-wide state).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JobServerCollection
{
    public const string Name = "Hangfire job servers";
}
