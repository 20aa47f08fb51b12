using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Carbon.Domain.Factors;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Features.Library;

/// <summary>The factor set and the starter templates, public reference data (export of the factor set included).</summary>
internal static class LibraryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/carbon/factors", (string? series, int? year, string? region) =>
            {
                var library = FactorLibrary.Default;
                return Results.Ok(new { library.Id, library.Version, library.Characterization, library.Gases, Factors = library.Search(series, year, region) });
            })
            .WithSummary("Emission-factor set with sources (filter by series, year, region) / 排放因子库");

        api.MapGet("/carbon/factors/{key}", (string key) => FactorLibrary.Default.Find(key) is { } f
                ? Results.Ok(f)
                : Results.Problem(statusCode: 404, title: Bilingual.T($"因子库中没有“{key}”", $"factor '{key}' is not in the factor set")))
            .WithSummary("One emission factor / 单个排放因子");

        api.MapGet("/carbon/templates", () => Results.Ok(TemplateCatalog.All.Select(t => new { t.Id, t.Version, t.Zh, t.En, t.Boundary, t.DeclaredUnit, t.Reference })))
            .WithSummary("Starter product templates / 产品碳足迹模板");

        api.MapGet("/carbon/templates/{id}", (string id) => TemplateCatalog.Find(id) is { } t
                ? Results.Ok(t)
                : Results.Problem(statusCode: 404, title: Bilingual.T($"没有模板“{id}”", $"there is no template '{id}'")))
            .WithSummary("One template with its processes, parameters and assumptions / 模板详情");
    }
}
