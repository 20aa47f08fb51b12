using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Carbon;

/// <summary>The Carbon module; the host composes it explicitly.</summary>
public static class CarbonModule
{
    public static IServiceCollection AddCarbonModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return services;
    }

    public static IEndpointRouteBuilder MapCarbonModule(this IEndpointRouteBuilder app) => app;
}
