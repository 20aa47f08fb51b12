using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Features.ClassifySize;
using Yiwang.Enterprises.Features.CompareRuleSets;
using Yiwang.Enterprises.Features.ExportRegister;
using Yiwang.Enterprises.Features.RegisterStatistics;
using Yiwang.Enterprises.Features.SmeCheck;
using Yiwang.Enterprises.Features.UploadRegister;
using Yiwang.Enterprises.Features.Workbench;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Enterprises;

/// <summary>Enterprise register and size classification (划型). The host composes it explicitly.</summary>
public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprisesModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddEnterprisesDatabase(database);
        services.AddScoped<BrowseRegisterHandler>();
        services.AddScoped<RegisterStatisticsHandler>();
        services.AddScoped<UploadRegisterHandler>();
        services.AddScoped<CompareRuleSetsHandler>();
        services.AddScoped<ISmeRegister, RegisterSmeCheck>();
        services.AddScoped<IWorkbenchSource, EnterprisesWorkbench>();
        return services;
    }

    public static IEndpointRouteBuilder MapEnterprisesModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Enterprises");
        ClassifySizeEndpoint.Map(api);
        BrowseRegisterEndpoints.Map(api);
        RegisterStatisticsEndpoint.Map(api);
        ExportRegisterEndpoint.Map(api);
        UploadRegisterEndpoint.Map(api);
        CompareRuleSetsEndpoint.Map(api);
        return app;
    }

    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EnterprisesDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>A few hundred generated enterprises plus the fixed demo enterprise, once, on an empty register.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoSeed.SeedAsync(services.GetRequiredService<UploadRegisterHandler>(), services.GetRequiredService<EnterprisesDbContext>(), cancellationToken);
}
