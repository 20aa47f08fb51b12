using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Features.BrowseCatalogue;

internal static class CatalogueEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators", async (IndicatorCatalogue catalogue, ObservationStore store, CancellationToken ct) =>
                Results.Ok(CatalogueDto.From(catalogue, await store.RecentAsync(IndicatorCatalogue.NationalRegion, [.. catalogue.Indicators.Select(i => i.Code)], 1, ct))))
            .WithSummary("Indicator catalogue with latest national values and targets / 指标目录");
}
