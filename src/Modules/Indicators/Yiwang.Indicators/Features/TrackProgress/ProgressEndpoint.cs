using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;

namespace Yiwang.Indicators.Features.TrackProgress;

internal static class ProgressEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/indicators/{code}/progress", async (string code, string? region, IndicatorCatalogue catalogue, ObservationStore store, TimeProvider clock, CancellationToken ct) =>
            {
                if (catalogue.Find(code) is null) return IndicatorProblems.UnknownIndicator(code);
                if (!QueryArguments.TryRegion(region, out var regionCode, out var problem)) return problem;
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8)); // China Standard Time has no DST
                return Results.Ok(ProgressReport.For(catalogue, code, regionCode, await store.SeriesAsync(code, regionCode, ct), today));
            })
            .WithSummary("Progress of an indicator against its targets / 目标进度");
}
