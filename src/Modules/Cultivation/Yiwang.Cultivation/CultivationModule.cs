using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cultivation;

/// <summary>The Cultivation module; the host composes it explicitly.</summary>
public static class CultivationModule
{
    public static IServiceCollection AddCultivationModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return services;
    }

    public static IEndpointRouteBuilder MapCultivationModule(this IEndpointRouteBuilder app) => app;
}
