using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Features.CultivationCharts;
using Yiwang.Cultivation.Features.DigitalLevel;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Cultivation.Features.ProvincialFeatures;
using Yiwang.Cultivation.Features.Recognition;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Cultivation;

/// <summary>The Cultivation module (优质中小企业梯度培育); the host composes it explicitly.</summary>
public static class CultivationModule
{
    public static IServiceCollection AddCultivationModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddCultivationDatabase(database);
        services.AddScoped<DigitalLevelHandler>();
        services.AddScoped<ApplicationStore>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<SubmitApplicationHandler>();
        services.AddScoped<LocalReviewHandler>();
        services.AddScoped<ProvincialDecisionHandler>();
        services.AddScoped<NationalDecisionHandler>();
        services.AddScoped<AnnualUpdateHandler>();
        services.AddScoped<RevokeHandler>();
        services.AddScoped<RecognitionNotices>();
        services.AddScoped<AnnualUpdateReminders>();
        services.AddHostedService<AnnualUpdateReminderService>();
        services.AddScoped<TierStatistics>();
        services.AddScoped<DigitalLevelAggregates>();
        return services;
    }

    public static IEndpointRouteBuilder MapCultivationModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/cultivation").WithTags("Cultivation");
        EvaluateTierEndpoint.Map(api);
        DigitalLevelEndpoints.Map(api);
        RecognitionEndpoints.Map(api);
        ProvincialFeatureConfig.Map(api);
        CultivationChartsEndpoints.Map(api);
        return app;
    }

    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CultivationDbContext>().Database.MigrateAsync(cancellationToken);

    /// <summary>Two 西湖区 applications in different states and questionnaires in four 浙江 cities, each once, on an empty table.</summary>
    public static async Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CultivationDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await DemoSeed.SeedAsync(db, clock, cancellationToken);
        await DigitalDemoSeed.SeedAsync(db, clock, cancellationToken);
    }
}
