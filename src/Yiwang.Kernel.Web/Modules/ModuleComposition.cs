using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Yiwang.Kernel.Web.Modules;

/// <summary>The host's loops over its module list, in list order.</summary>
public static class ModuleComposition
{
    public static IServiceCollection AddModules(this IServiceCollection services, IEnumerable<YiwangModule> modules, ModuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var module in modules) module.Register(services, settings);
        return services;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints, IEnumerable<YiwangModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var module in modules) module.MapEndpoints(endpoints);
        return endpoints;
    }
}
