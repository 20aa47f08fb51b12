using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Features.Footprints;
using Yiwang.Carbon.Features.Library;
using Yiwang.Carbon.Features.Pact;
using Yiwang.Carbon.Features.Suppliers;
using Yiwang.Carbon.Features.Workbench;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Carbon;

/// <summary>Product carbon footprints (产品碳足迹) and PACT exchange. The host lists it in its module list.</summary>
public sealed class CarbonModule() : YiwangModule("Carbon", Database)
{
    internal static readonly ModuleDatabase Database =
        ModuleDatabase.For<CarbonDbContext, SqliteCarbonDbContext, PostgresCarbonDbContext>("__carbon_migrations");

    protected override void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<FootprintHandler>();
        services.AddScoped<PactCredentials>();
        services.AddScoped<SupplierFootprints>();
        services.AddSingleton<PactBaseUrl>();
        services.AddScoped<IWorkbenchSource, CarbonWorkbench>();
    }

    /// <summary>The JSON API under /api/v1/carbon, plus the PACT host API (/auth/token, /2/footprints) at the root as the PACT spec places it.</summary>
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Carbon");
        LibraryEndpoints.Map(api);
        FootprintEndpoints.Map(api);
        PactEndpoints.Map(endpoints);
    }

    /// <summary>One aluminium footprint for the demo enterprise, once, so the pages and the PACT endpoint have something to show.</summary>
    public override Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoFootprints.SeedAsync(services, cancellationToken);
}
