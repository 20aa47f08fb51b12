using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cultivation;

/// <summary>The Cultivation module (优质中小企业梯度培育); the host composes it explicitly.</summary>
public static class CultivationModule
{
    public static IServiceCollection AddCultivationModule(this IServiceCollection services, DatabaseSettings database)
    {
        // No persistence yet: evaluations are computed on request from the embedded rule sets.
        ArgumentNullException.ThrowIfNull(database);
        return services;
    }

    public static IEndpointRouteBuilder MapCultivationModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cultivation").WithTags("Cultivation");
        EvaluateTierEndpoint.Map(api);
        return app;
    }
}
