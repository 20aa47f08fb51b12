using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;

namespace Yiwang.Indicators.Features.CompareProvinces;

internal static class ComparisonEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators/{code}/provinces", async (string code, string? period, IndicatorCatalogue catalogue, ObservationStore store, CancellationToken ct) =>
            {
                if (catalogue.Find(code) is not { } indicator) return IndicatorProblems.UnknownIndicator(code);
                if (!QueryArguments.TryPeriod("period", period, out var month, out var problem)) return problem;
                return Results.Ok(await ProvinceComparison.BuildAsync(catalogue, indicator, month, store, ct));
            })
            .WithSummary("One indicator in one month across provinces, ranked / 分省比较");
}
