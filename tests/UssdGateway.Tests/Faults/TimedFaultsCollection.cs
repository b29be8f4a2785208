namespace UssdGateway.Tests.Faults;

/// <summary>
/// The fault tests that hold the service to a time budget (a polite END within 1 s, recovery within 3 s): run one at a
/// time after the parallel tests, so the budget measures the service, not the other tests sharing the two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedFaultsCollection
{
    public const string Name = "Faults held to a time budget";
}
