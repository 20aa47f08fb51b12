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
using Yiwang.Arrears.Features.AnswerComplaint;
using Yiwang.Arrears.Features.ComplaintRouting;
using Yiwang.Arrears.Features.ComplaintStatistics;
using Yiwang.Arrears.Features.ComplaintWorkbench;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Arrears.Features.ConfirmResult;
using Yiwang.Arrears.Features.DecideExtension;
using Yiwang.Arrears.Features.DownloadEvidence;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Arrears.Features.ForwardComplaint;
using Yiwang.Arrears.Features.RecordHandlingStep;
using Yiwang.Arrears.Features.RecordPlanPayment;
using Yiwang.Arrears.Features.RecordResult;
using Yiwang.Arrears.Features.RequestExtension;
using Yiwang.Arrears.Features.RevealContact;
using Yiwang.Arrears.Features.ReviewComplaint;
using Yiwang.Arrears.Features.SubmitComplaint;
using Yiwang.Arrears.Features.UploadEvidence;
using Yiwang.Arrears.Features.WithdrawComplaint;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Workbench;

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
        services.AddScoped<CaseWrite>();
        services.AddScoped<CaseCommands>();
        services.AddScoped<FileComplaintHandler>();
        services.AddScoped<UploadEvidenceHandler>();
        services.AddScoped<DownloadEvidenceHandler>();
        services.AddScoped<SubmitComplaintHandler>();
        services.AddScoped<WithdrawComplaintHandler>();
        services.AddScoped<ReviewComplaintHandler>();
        services.AddScoped<ForwardComplaintHandler>();
        services.AddScoped<RecordHandlingStepHandler>();
        services.AddScoped<AnswerComplaintHandler>();
        services.AddScoped<RequestExtensionHandler>();
        services.AddScoped<DecideExtensionHandler>();
        services.AddScoped<RecordResultHandler>();
        services.AddScoped<ConfirmResultHandler>();
        services.AddScoped<RecordPlanPaymentHandler>();
        services.AddScoped<RevealContactHandler>();
        services.AddScoped<BrowseComplaintsHandler>();
        services.AddScoped<RoutingRulesHandler>();
        services.AddScoped<IWorkbenchSource, ComplaintWorkbenchSource>();
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
