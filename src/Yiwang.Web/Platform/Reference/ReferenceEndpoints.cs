using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Reference;

/// <summary>
/// Public look-ups of the national code lists every form uses (GB/T 2260 regions, GB/T 4754-2017 industries): children
/// of a code, or a search by name or code (what the pickers ask as the user types; <c>display</c> is the picker's text).
/// </summary>
internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Reference data").AllowAnonymous();
        api.MapGet("/regions", (string? parent, string? q, string? within, int? limit) =>
        {
            if (q is not null)
            {
                RegionCode? scope = null;
                if (within is not null)
                {
                    if (!RegionCode.TryParse(within, out var w, out var withinError)) return Invalid("within", withinError);
                    scope = w;
                }

                return Results.Ok(RegionDirectory.Default.Search(q, scope, limit ?? 20).Select(ToDto));
            }

            if (parent is null) return Results.Ok(RegionDirectory.Default.Provinces.Select(ToDto));
            if (!RegionCode.TryParse(parent, out var code, out var error)) return Invalid("parent", error);
            return Results.Ok(RegionDirectory.Default.ChildrenOf(code).Select(ToDto));
        }).WithSummary("Administrative divisions (GB/T 2260): children of ?parent=, or ?q= by name or code / 行政区划");

        api.MapGet("/industries", (string? parent, string? q, string? level, int? limit) =>
        {
            if (q is not null)
            {
                IndustryLevel? wanted = null;
                if (level is not null)
                {
                    if (!Enum.TryParse<IndustryLevel>(level, ignoreCase: true, out var l) || !Enum.IsDefined(l))
                        return Results.ValidationProblem(new Dictionary<string, string[]> { ["level"] = [Bilingual.T("层级应为 section、division、group 或 class", "level must be section, division, group or class")] });
                    wanted = l;
                }

                return Results.Ok(IndustryDirectory.Default.Search(q, wanted, limit ?? 20).Select(ToDto));
            }

            if (parent is null) return Results.Ok(IndustryDirectory.Default.Sections.Select(ToDto));
            if (!IndustryCode.TryParse(parent, out var code, out var error)) return Invalid("parent", error);
            return Results.Ok(IndustryDirectory.Default.ChildrenOf(code).Select(ToDto));
        }).WithSummary("Industry classification (GB/T 4754-2017): children of ?parent=, or ?q= by name or code / 国民经济行业分类");
        return app;
    }

    private static IResult Invalid(string field, CodeError error) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [error.Message(Bilingual.IsEnglish)] });

    private static object ToDto(RegionInfo r) => new
    {
        code = r.Code.Value, name = r.Name, parent = r.Parent?.Value, level = r.Level.ToString().ToLowerInvariant(),
        display = RegionDirectory.Default.Describe(r.Code),
    };

    private static object ToDto(IndustryInfo i) => new
    {
        code = i.Code.Value, name = Bilingual.T(i.Name, i.NameEn ?? i.Name), level = i.Level.ToString().ToLowerInvariant(),
        display = IndustryDirectory.Default.Describe(i.Code),
    };
}
