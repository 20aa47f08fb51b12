using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Features.Footprints;
using Yiwang.Carbon.Features.Library;
using Yiwang.Carbon.Features.Pact;
using Yiwang.Carbon.Features.Suppliers;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Carbon;

/// <summary>Product carbon footprints (产品碳足迹) and PACT exchange. The host composes it explicitly.</summary>
public static class CarbonModule
{
    public static IServiceCollection AddCarbonModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddCarbonDatabase(database);
        services.AddScoped<FootprintHandler>();
        services.AddScoped<PactCredentials>();
        services.AddScoped<SupplierFootprints>();
        return services;
    }

    /// <summary>The JSON API under /api/v1/carbon, plus the PACT host API (/auth/token, /2/footprints) at the root as the PACT spec places it.</summary>
    public static IEndpointRouteBuilder MapCarbonModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Carbon");
        LibraryEndpoints.Map(api);
        FootprintEndpoints.Map(api);
        PactEndpoints.Map(app);
        return app;
    }

    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CarbonDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>One aluminium footprint for the demo enterprise, once, so the pages and the PACT endpoint have something to show.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoFootprints.SeedAsync(services, cancellationToken);
}
