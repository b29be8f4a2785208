using Microsoft.Extensions.DependencyInjection;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>Wraps the last registration of a service in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }
        if (index < 0) return services; // nothing registered: nothing to decorate
        var original = services[index];
        services[index] = ServiceDescriptor.Describe(typeof(TService), sp => decorate((TService)Create(original, sp), sp), original.Lifetime);
        return services;
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.GetServiceOrCreateInstance(services, descriptor.ImplementationType!);
}
