using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ClassifySize;

internal static class ClassifySizeEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/size-classifications", (ClassifySizeRequest? request) =>
            {
                if (request is null) return ApiProblems.Invalid("body", new Bilingual("请求体不能为空", "The request body is required"));
                var (response, errors) = ClassifySizeHandler.Handle(request);
                return response is null ? ApiProblems.Invalid(errors!) : Results.Ok(response);
            })
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
