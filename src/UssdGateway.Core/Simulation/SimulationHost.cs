using UssdGateway.Core.Engine;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Simulation;

/// <summary>A running engine to talk to (its menus, session store), and whatever must be disposed with it
/// (a service provider, a throwaway database).</summary>
public sealed class SimulationHost(UssdEngine engine, ISessionStore store, IMenuCatalog catalog, Func<ValueTask>? dispose = null)
    : IAsyncDisposable
{
    public UssdEngine Engine { get; } = engine;

    public ISessionStore Store { get; } = store;

    public IMenuCatalog Catalog { get; } = catalog;

    /// <summary>The beneficiaries behind the engine, for the <c>sms_registration</c> step (null: the step fails).</summary>
    public Programme.IBeneficiaryRepository? Beneficiaries { get; init; }

    public ValueTask DisposeAsync() => dispose?.Invoke() ?? ValueTask.CompletedTask;
}
