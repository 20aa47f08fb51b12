using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

internal static class ClassifySizeEndpoint
{
    /// <summary>How the request's fields are named in error messages.</summary>
    public static readonly IReadOnlyDictionary<string, Bilingual> FieldLabels = new Dictionary<string, Bilingual>(StringComparer.Ordinal)
    {
        ["industryCode"] = new("行业代码", "The industry code"),
        ["employees"] = new("从业人员", "Employees"),
        ["revenueTenThousandYuan"] = new("营业收入（万元）", "Revenue (10k yuan)"),
        ["totalAssetsTenThousandYuan"] = new("资产总额（万元）", "Total assets (10k yuan)"),
        ["ruleSet"] = new("规则集", "The rule set"),
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/size-classifications", async (HttpRequest http, CancellationToken ct) =>
            {
                var (request, problem) = await ApiJson.ReadAsync<ClassifySizeRequest>(http, FieldLabels, ct);
                if (problem is not null) return problem;
                var (response, errors) = ClassifySizeHandler.Handle(request!);
                return response is null ? ApiProblems.Invalid(errors.ToProblemErrors()) : Results.Ok(response);
            })
            .Accepts<ClassifySizeRequest>("application/json")
            .Produces<ClassifySizeResponse>()
            .ProducesValidationProblem()
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting("submit")
            .WithSummary("Classify an enterprise by size with an explanation / 企业规模划型（含判定说明）");

        api.MapGet("/size-rule-sets", () => Results.Ok(SizeRuleSetCatalog.All.Select(s => new
            {
                s.Id, Name = Bilingual.T(s.NameZh, s.NameEn), LegalBasis = Bilingual.T(s.LegalBasisZh, s.LegalBasisEn),
                s.EffectiveFrom, s.EffectiveTo, IsDefault = s.Id == SizeRuleSetCatalog.Default.Id,
                Rows = s.Rows.Select(r => new { r.Id, Name = Bilingual.T(r.NameZh, r.NameEn) }),
            })))
            .AllowAnonymous()
            .WithSummary("Available size rule sets / 划型规则集");
    }
}
