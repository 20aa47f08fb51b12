using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Features.ApplyWizard;
using Yiwang.Cultivation.Features.CultivationCharts;
using Yiwang.Cultivation.Features.DigitalLevel;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Cultivation.Features.ProvincialFeatures;
using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Cultivation.Features.Workbench;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Reviews;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;
using Yiwang.Kernel.Web.Workbench;

namespace Yiwang.Cultivation;

/// <summary>The Cultivation module (优质中小企业梯度培育); the host lists it in its module list.</summary>
public sealed class CultivationModule() : YiwangModule("Cultivation", Database, ReviewsDatabase.Definition)
{
    internal static readonly ModuleDatabase Database =
        ModuleDatabase.For<CultivationDbContext, SqliteCultivationDbContext, PostgresCultivationDbContext>("__cult_migrations");

    protected override void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddReviews();
        services.AddScoped<DigitalLevelHandler>();
        services.AddScoped<ApplicationStore>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<SubmitApplicationHandler>();
        services.AddScoped<LocalReviewHandler>();
        services.AddScoped<ProvincialDecisionHandler>();
        services.AddScoped<NationalDecisionHandler>();
        services.AddScoped<AnnualUpdateHandler>();
        services.AddScoped<RevokeHandler>();
        services.AddScoped<AnnualUpdateReminders>();
        services.AddHostedService<AnnualUpdateReminderService>();
        services.AddScoped<TierStatistics>();
        services.AddScoped<DigitalLevelAggregates>();
        services.AddScoped<ApplyPrefill>();
        services.AddScoped<IWorkbenchSource, CultivationWorkbench>();
        services.TryAddSingleton<IWorkCalendarSource, FixedWorkCalendarSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/cultivation").WithTags("Cultivation");
        EvaluateTierEndpoint.Map(api);
        DigitalLevelEndpoints.Map(api);
        RecognitionEndpoints.Map(api);
        ProvincialFeatureConfig.Map(api);
        CultivationChartsEndpoints.Map(api);
    }

    /// <summary>Two 西湖区 applications in different states and questionnaires in four 浙江 cities, each once, on an empty table.</summary>
    public override async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CultivationDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await DemoSeed.SeedAsync(services.GetRequiredService<ReviewQueries>(), clock, cancellationToken);
        await DigitalDemoSeed.SeedAsync(db, clock, cancellationToken);
    }
}
