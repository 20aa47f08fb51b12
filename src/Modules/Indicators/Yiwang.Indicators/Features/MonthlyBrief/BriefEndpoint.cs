using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.MonthlyBrief;

internal static class BriefEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators/brief", async (string? month, string? format, string? lang, IndicatorCatalogue catalogue, ObservationStore store, CancellationToken ct) =>
            {
                // Downloads are Chinese unless asked for in English (?lang=en), whatever the caller's UI language.
                if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN");
                if (!QueryArguments.TryPeriod("month", month, out var period, out var problem)) return problem;
                var kind = (format ?? "json").ToLowerInvariant();
                if (kind is not ("json" or "md" or "xlsx"))
                    return ApiProblems.Invalid("format", new Bilingual("格式应为 json、md 或 xlsx", "format must be json, md or xlsx"));
                var brief = await MonthlyBriefReport.BuildAsync(catalogue, store, period, ct);
                if (brief is null) return ApiProblems.NotFound(new Bilingual("尚无任何数据", "There are no data yet"));
                return kind switch
                {
                    "md" => Results.Text(BriefFiles.Markdown(brief, catalogue), "text/markdown; charset=utf-8", Encoding.UTF8),
                    "xlsx" => Results.File(BriefFiles.Workbook(brief, catalogue), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"indicators-brief-{brief.Month}.xlsx"),
                    _ => Results.Ok(brief),
                };
            })
            .WithSummary("Monthly brief: the month's values, progress, targets at risk (json, md, xlsx; downloads in Chinese, lang=en for English) / 月度简报");
}
