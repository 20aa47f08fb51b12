using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Arrears.Features.CalculateInterest;
using Yiwang.Arrears.Features.CalculatePaymentDueDate;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Arrears.Features.ComplaintDemo;
using Yiwang.Arrears.Features.ComplaintEvidence;
using Yiwang.Arrears.Features.ComplaintRouting;
using Yiwang.Arrears.Features.ComplaintStatistics;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Arrears.Features.ConcludeComplaint;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Arrears.Features.HandleComplaint;
using Yiwang.Arrears.Features.ReviewComplaint;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Arrears;

/// <summary>
/// Overdue payments owed to SMEs (保障中小企业款项支付条例, 国务院令第802号): late-payment interest, and the complaint
/// platform (拖欠中小企业款项投诉) from filing to closure with its statutory clocks.
/// </summary>
public static class ArrearsModule
{
    public static IServiceCollection AddArrearsModule(this IServiceCollection services, DatabaseSettings database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddArrearsDatabase(database);
        services.TryAddSingleton<IWorkCalendarSource, FixedWorkCalendarSource>();
        services.AddScoped<IWorkCalendarChangeListener, DeadlineRecalculation>();
        services.AddScoped<ComplaintNotices>();
        services.AddScoped<CaseCommands>();
        services.AddScoped<FileComplaintHandler>();
        services.AddScoped<ReviewComplaintHandler>();
        services.AddScoped<HandleComplaintHandler>();
        services.AddScoped<ConcludeComplaintHandler>();
        services.AddScoped<BrowseComplaintsHandler>();
        services.AddScoped<EvidenceHandler>();
        services.AddScoped<RoutingRulesHandler>();
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<LapsedInstallments>();
        services.AddHostedService<DeadlineSweepService>();
        services.AddComplaintStatistics();
        return services;
    }

    public static IEndpointRouteBuilder MapArrearsModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/arrears").WithTags("Arrears");
        CalculateInterestEndpoint.Map(api);
        PaymentDueDateEndpoint.Map(api);
        ComplaintEndpoints.Map(app.MapGroup("/api/v1"));
        DeadlineSweepEndpoint.Map(app.MapGroup("/api/v1"));
        StatisticsEndpoints.Map(app);
        return app;
    }

    /// <summary>About thirty demo complaints in every state for the demo accounts; does nothing when they are there.</summary>
    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => ComplaintDemoSeed.SeedAsync(services, cancellationToken);

    /// <summary>Migrates, then fills the dashboard's counts table from the cases if it is empty (databases older than it).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ArrearsDbContext>().Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<Features.ComplaintRollup.CaseStatsRebuild>().BackfillIfEmptyAsync(cancellationToken);
    }
}
