using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <summary>/api/v1/cultivation/statistics: tier counts by region and year, digital levels by city (JSON and .xlsx), scoped to the caller.</summary>
internal static class CultivationChartsEndpoints
{
    public const int MinYear = 2000, MaxYear = 2100;

    public static void Map(RouteGroupBuilder api)
    {
        var stats = api.MapGroup("/statistics").RequireAuthorization();
        stats.MapGet("/tiers", async (int? year, [FromServices] TierStatistics statistics, HttpContext http) =>
            {
                if (Check(http, year) is { } problem) return problem;
                return Results.Ok(await statistics.CountAsync(ChartScope.For(Caller(http)).Scope!, year, http.RequestAborted));
            })
            .WithSummary("Recognitions by region one level down and by year, per tier (officials) / 各层级认定数量（按地区、年份）");
        stats.MapGet("/digital-levels", async (string? city, [FromServices] DigitalLevelAggregates aggregates, HttpContext http) =>
                Check(http, null, city) ?? Results.Ok(await aggregates.CountAsync(ChartScope.For(Caller(http)).Scope!, city, http.RequestAborted)))
            .WithSummary("Enterprises per digital level by city, and progress by year (officials) / 各城市数字化水平分级统计");
        stats.MapGet("/digital-levels.xlsx", async (string? city, string? lang, [FromServices] DigitalLevelAggregates aggregates, HttpContext http) =>
            {
                if (Check(http, null, city) is { } problem) return problem;
                var counts = await aggregates.CountAsync(ChartScope.For(Caller(http)).Scope!, city, http.RequestAborted);
                return Results.File(ChartsWorkbook.Write(counts, english: lang == "en"), ChartsWorkbook.ContentType, $"digital-levels-{counts.Region}-{counts.Today:yyyyMMdd}.xlsx");
            })
            .WithSummary("The digital-level city aggregates as .xlsx (Chinese headers; ?lang=en for English) / 导出数字化水平城市统计");
    }

    private static CallerScope Caller(HttpContext http) => CallerScope.FromPrincipal(http.User);

    /// <summary>403 outside the departments; 400 for a year or city code that cannot be meant.</summary>
    private static IResult? Check(HttpContext http, int? year, string? city = null)
    {
        if (ChartScope.For(Caller(http)).Denied is { } denied) return ApiProblems.Status(StatusCodes.Status403Forbidden, denied);
        if (year is < MinYear or > MaxYear)
            return ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["year"] = new($"年份应在 {MinYear}–{MaxYear} 之间", $"The year must be between {MinYear} and {MaxYear}") });
        if (!string.IsNullOrEmpty(city) && (city.Length != 6 || !city.All(char.IsAsciiDigit) || !city.EndsWith("00", StringComparison.Ordinal)))
            return ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["city"] = new("城市应为六位地市级区划代码，如 330100", "The city must be a six-digit city code such as 330100") });
        return null;
    }
}
