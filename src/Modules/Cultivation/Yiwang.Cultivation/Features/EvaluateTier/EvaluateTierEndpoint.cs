using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.EvaluateTier;

internal static class EvaluateTierEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/evaluations", (EvaluateTierRequest? request, TimeProvider time) =>
            {
                if (request is null) return ApiProblems.Invalid(new Dictionary<string, Bilingual> { ["body"] = new("请求体不能为空", "The request body is required") });
                var (result, errors) = EvaluateTierHandler.Handle(request, time);
                return result is null ? ApiProblems.Invalid(errors) : Results.Ok(result);
            })
            .AllowAnonymous()
            .RequireRateLimiting("submit")
            .DisableAntiforgery()
            .WithSummary("Evaluate an enterprise against a cultivation tier, with explanations and gaps / 梯度培育层级评价（含说明与差距）");

        api.MapGet("/rule-sets", () => Results.Ok(CultivationRuleSetCatalog.All.Select(s => new
            {
                s.Id, Name = new Bilingual(s.NameZh, s.NameEn), Document = new Bilingual(s.DocumentZh, s.DocumentEn), s.EffectiveFrom, s.EffectiveTo,
                Tiers = s.Tiers.Select(t => new { t.Id, Name = new Bilingual(t.NameZh, t.NameEn), t.Confidence }),
            })))
            .AllowAnonymous()
            .WithSummary("Cultivation rule sets / 梯度培育规则集");
    }
}
