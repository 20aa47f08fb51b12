using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Reference;

/// <summary>Public look-ups of the national code lists every form uses (GB/T 2260 regions, GB/T 4754-2017 industries).</summary>
internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Reference data").AllowAnonymous();
        api.MapGet("/regions", (string? parent) =>
        {
            if (parent is null) return Results.Ok(RegionDirectory.Default.Provinces.Select(ToDto));
            if (!RegionCode.TryParse(parent, out var code, out var error))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["parent"] = [error.Message(Bilingual.IsEnglish)] });
            return Results.Ok(RegionDirectory.Default.ChildrenOf(code).Select(ToDto));
        }).WithSummary("Administrative divisions (GB/T 2260) / 行政区划");

        api.MapGet("/industries", (string? parent) =>
        {
            if (parent is null) return Results.Ok(IndustryDirectory.Default.Sections.Select(ToDto));
            if (!IndustryCode.TryParse(parent, out var code, out var error))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["parent"] = [error.Message(Bilingual.IsEnglish)] });
            return Results.Ok(IndustryDirectory.Default.ChildrenOf(code).Select(ToDto));
        }).WithSummary("Industry classification (GB/T 4754-2017) / 国民经济行业分类");
        return app;
    }

    private static object ToDto(RegionInfo r) => new { code = r.Code.Value, name = r.Name, parent = r.Parent?.Value, level = r.Level.ToString().ToLowerInvariant() };

    private static object ToDto(IndustryInfo i) => new { code = i.Code.Value, name = Bilingual.T(i.Name, i.NameEn ?? i.Name), level = i.Level.ToString().ToLowerInvariant() };
}
