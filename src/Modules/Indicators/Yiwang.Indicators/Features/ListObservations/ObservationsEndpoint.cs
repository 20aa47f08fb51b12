using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ListObservations;

internal static class ObservationsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators/{code}/observations", async (string code, string? region, string? from, string? to, string? format, string? lang, HttpRequest request, IndicatorCatalogue catalogue, ObservationStore store, CancellationToken ct) =>
            {
                if (catalogue.Find(code) is not { } indicator) return IndicatorProblems.UnknownIndicator(code);
                // ?format=csv, or (without format) an Accept header that asks for text/csv, as spreadsheet tools send it.
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
                    || (format is null && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)));
                if (!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                    return ApiProblems.Invalid("format", new Bilingual("格式应为 json 或 csv", "format must be json or csv"));
                if (!QueryArguments.TryRegion(region, out var regionCode, out var problem)
                    || !QueryArguments.TryPeriod("from", from, out var start, out problem)
                    || !QueryArguments.TryPeriod("to", to, out var end, out problem))
                    return problem;
                if (start > end)
                    return ApiProblems.Invalid("from", new Bilingual("起始月份晚于截止月份", "'from' is later than 'to'"));

                var observations = await store.SeriesAsync(code, regionCode, start, end, ct);
                if (csv)
                {
                    // Downloads are Chinese unless asked for in English (?lang=en), whatever the caller's UI language (as the brief).
                    System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(
                        string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN");
                    return Results.Text(ObservationsCsv.Write(catalogue, indicator, observations), "text/csv; charset=utf-8", Encoding.UTF8);
                }

                var derived = indicator.Formula is { } f
                    ? DerivedValues.Compute(f, await store.SeriesAsync(f.Numerator, regionCode, start, end, ct), await store.SeriesAsync(f.Denominator, regionCode, start, end, ct), observations)
                    : [];
                return Results.Ok(ObservationsDto.From(catalogue, indicator, regionCode, observations, derived));
            })
            .WithSummary("Observations of one indicator, JSON or CSV / 指标观测值");
}
