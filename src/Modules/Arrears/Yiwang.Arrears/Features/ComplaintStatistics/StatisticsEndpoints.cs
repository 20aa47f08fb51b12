using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Features.ComplaintRollup;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>Dashboard figures for officials (JSON and .xlsx) and the anonymous public aggregates.</summary>
internal static class StatisticsEndpoints
{
    public static IServiceCollection AddComplaintStatistics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<RunningClockSnapshot>();
        services.AddScoped<ComplaintStatisticsService>();
        services.AddScoped<CaseStatsRebuild>();
        return services.AddScoped<PublicStatistics>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Complaints");

        api.MapGet("/complaints/statistics", async (string? region, string? from, string? to, ComplaintStatisticsService service, HttpContext http, CancellationToken ct) =>
                await ComputeAsync(region, from, to, service, http, Results.Ok, ct))
            .RequireAuthorization()
            .WithSummary("Complaint statistics within your jurisdiction (officials) / 投诉统计（按管辖范围）");

        // Chinese headers and names by default (the platform's working language), English with ?lang=en.
        api.MapGet("/complaints/statistics.xlsx", async (string? region, string? from, string? to, string? lang, ComplaintStatisticsService service, HttpContext http, CancellationToken ct) =>
                await ComputeAsync(region, from, to, service, http, s => Results.File(StatisticsWorkbook.Write(s, english: string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase)),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"complaint-statistics-{s.Region}-{s.Today:yyyyMMdd}.xlsx"), ct))
            .RequireAuthorization()
            .WithSummary("The same statistics as an .xlsx workbook / 导出投诉统计");

        api.MapGet("/public/complaint-statistics", async (PublicStatistics statistics, CancellationToken ct) => Results.Ok(await statistics.GetAsync(ct)))
            .AllowAnonymous()
            .WithSummary("Public aggregate figures, small groups suppressed / 投诉情况公开统计（小于5件的分组不公布）");

        api.MapPost("/admin/complaint-statistics/rebuild", async (bool? fix, CaseStatsRebuild rebuild, PublicStatistics statistics, HttpContext http, CancellationToken ct) =>
            {
                if (!CallerScope.FromPrincipal(http.User).IsAdmin) return ApiProblems.Forbidden(new("仅平台管理员可以操作", "Administrators only"));
                var report = await rebuild.RunAsync(fix ?? true, ct);
                statistics.Invalidate();
                return Results.Ok(report);
            })
            .RequireAuthorization()
            .DisableAntiforgery()
            .WithSummary("Recount the dashboard's counts table from the cases, report drift and (fix=true, default) repair it / 重算统计汇总表并核对");
    }

    private static async Task<IResult> ComputeAsync(string? region, string? from, string? to, ComplaintStatisticsService service, HttpContext http,
        Func<ComplaintStatistics, IResult> answer, CancellationToken ct)
    {
        var caller = CallerScope.FromPrincipal(http.User);
        var (request, forbidden, errors) = StatisticsRequest.Check(caller, region, from, to);
        if (forbidden is { } denied) return ApiProblems.Forbidden(denied);
        if (request is null) return ApiProblems.Invalid(errors);
        return answer(await service.ComputeAsync(request, caller.UserId, ct));
    }
}
