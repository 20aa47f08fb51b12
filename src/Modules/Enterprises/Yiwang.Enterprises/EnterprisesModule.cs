using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Features.ClassifySize;
using Yiwang.Enterprises.Features.CompareRuleSets;
using Yiwang.Enterprises.Features.ExportRegister;
using Yiwang.Enterprises.Features.RegisterStatistics;
using Yiwang.Enterprises.Features.SmeCheck;
using Yiwang.Enterprises.Features.UploadRegister;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Enterprises.Features.Workbench;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Enterprises;

/// <summary>Enterprise register and size classification (划型). The host lists it in its module list.</summary>
public sealed class EnterprisesModule() : YiwangModule("Enterprises", Database)
{
    internal static readonly ModuleDatabase Database =
        ModuleDatabase.For<EnterprisesDbContext, SqliteEnterprisesDbContext, PostgresEnterprisesDbContext>("__ent_migrations");

    protected override void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<BrowseRegisterHandler>();
        services.AddScoped<RegisterStatisticsHandler>();
        services.AddScoped<UploadRegisterHandler>();
        services.AddScoped<CompareRuleSetsHandler>();
        services.AddScoped<ISmeRegister, RegisterSmeCheck>();
        services.AddScoped<IWorkbenchSource, EnterprisesWorkbench>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Enterprises");
        ClassifySizeEndpoint.Map(api);
        BrowseRegisterEndpoints.Map(api);
        RegisterStatisticsEndpoint.Map(api);
        ExportRegisterEndpoint.Map(api);
        UploadRegisterEndpoint.Map(api);
        CompareRuleSetsEndpoint.Map(api);
    }

    /// <summary>A few hundred generated enterprises plus the fixed demo enterprise, once, on an empty register.</summary>
    public override Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoSeed.SeedAsync(services.GetRequiredService<UploadRegisterHandler>(), services.GetRequiredService<EnterprisesDbContext>(), cancellationToken);
}
