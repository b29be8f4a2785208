namespace UssdGateway.Tests.Observability;

/// <summary>
/// Tests that read the <c>UssdGateway</c> meter and activity source. OpenTelemetry listens to a meter by name across the
/// process, so these run one at a time and after the parallel collections (xunit's rule for collections that disable
/// parallelization): only the host under test measures while they read.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservabilityCollection
{
    public const string Name = "Observability (process-wide meter and activity listeners)";
}
