using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>Builds each job from the host's services in a scope of its own (given to the server, never set process-wide).</summary>
internal sealed class ServiceProviderJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
