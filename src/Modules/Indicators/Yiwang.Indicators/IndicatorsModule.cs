using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Indicators;

/// <summary>The Indicators module; the host composes it explicitly.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddIndicatorsModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return services;
    }

    public static IEndpointRouteBuilder MapIndicatorsModule(this IEndpointRouteBuilder app) => app;
}
