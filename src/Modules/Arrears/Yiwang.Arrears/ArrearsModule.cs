using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;

namespace Yiwang.Arrears;

/// <summary>
/// Overdue payments owed to SMEs (保障中小企业款项支付条例, 国务院令第802号): late-payment interest, and the complaint
/// platform (拖欠中小企业款项投诉) from filing to closure with its statutory clocks.
/// </summary>
public sealed class ArrearsModule() : YiwangModule("Arrears", Database)
{
    internal static readonly ModuleDatabase Database =
        ModuleDatabase.For<ArrearsDbContext, SqliteArrearsDbContext, PostgresArrearsDbContext>("__arr_migrations");

    protected override void AddServices(IServiceCollection services, ModuleSettings settings)
    {
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
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/arrears").WithTags("Arrears");
        CalculateInterestEndpoint.Map(api);
        PaymentDueDateEndpoint.Map(api);
        ComplaintEndpoints.Map(endpoints.MapGroup("/api/v1"));
        DeadlineSweepEndpoint.Map(endpoints.MapGroup("/api/v1"));
        StatisticsEndpoints.Map(endpoints);
    }

    /// <summary>About thirty demo complaints in every state for the demo accounts; does nothing when they are there.</summary>
    public override Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => ComplaintDemoSeed.SeedAsync(services, cancellationToken);

    /// <summary>Fills the dashboard's counts table from the cases when it is empty beside non-draft cases (cases loaded around the application).</summary>
    protected override Task AfterMigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<Features.ComplaintRollup.CaseStatsRebuild>().BackfillIfEmptyAsync(cancellationToken);
}
