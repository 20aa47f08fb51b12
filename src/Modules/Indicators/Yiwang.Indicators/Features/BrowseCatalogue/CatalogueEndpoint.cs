using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Features.BrowseCatalogue;

internal static class CatalogueEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators", (IndicatorCatalogue catalogue) => Results.Ok(CatalogueDto.From(catalogue)))
            .WithSummary("Indicator catalogue with latest national values and targets / 指标目录");
}
