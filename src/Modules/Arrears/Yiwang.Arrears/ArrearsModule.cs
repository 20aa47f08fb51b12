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
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Workbench;

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
