using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.CompareRuleSets;

internal static class CompareRuleSetsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        // Two shipped rule sets, over the caller's register: `?format=csv` for a spreadsheet.
        api.MapGet("/size-impact", async (string? from, string? to, string? region, string? industry, string? format,
                CompareRuleSetsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var (fromSet, fromError) = CompareRuleSetsHandler.Resolve(from, null, null);
                var (toSet, toError) = CompareRuleSetsHandler.Resolve(to, null, null);
                if (fromError is not null) return ApiProblems.Invalid("from", fromError.Value);
                if (toError is not null) return ApiProblems.Invalid("to", toError.Value);
                var impact = await handler.CompareAsync(fromSet!, toSet!, new RegisterFilter(region, industry), CallerScope.FromPrincipal(http.User), ct);
                return Respond(impact, format);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .WithSummary("Policy impact between two rule sets / 划型标准调整影响");

        // A shipped rule set against a draft file (multipart field `draft`).
        api.MapPost("/size-impact", async (HttpRequest request, CompareRuleSetsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (!request.HasFormContentType) return ApiProblems.Invalid("draft", new Bilingual("请以 multipart/form-data 上传规则集文件", "Upload the draft rule set as multipart/form-data"));
                var form = await request.ReadFormAsync(ct);
                var draft = form.Files.GetFile("draft");
                var (fromSet, fromError) = CompareRuleSetsHandler.Resolve(form["from"], null, null);
                if (fromError is not null) return ApiProblems.Invalid("from", fromError.Value);
                if (draft is null || draft.Length == 0 || draft.Length > 1024 * 1024)
                    return ApiProblems.Invalid("draft", new Bilingual("请上传不超过 1 MB 的规则集 JSON 文件", "Upload a rule-set JSON file of at most 1 MB"));
                await using var stream = draft.OpenReadStream();
                var (toSet, toError) = CompareRuleSetsHandler.Resolve(null, stream, draft.FileName);
                if (toError is not null) return ApiProblems.Invalid("draft", toError.Value);
                var impact = await handler.CompareAsync(fromSet!, toSet!, new RegisterFilter(form["region"], form["industry"]), CallerScope.FromPrincipal(http.User), ct);
                return Respond(impact, form["format"]);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .DisableAntiforgery()
            .RequireRateLimiting("submit")
            .WithSummary("Policy impact of a draft rule-set file / 规则集草案影响评估");
    }

    private static IResult Respond(ImpactDto impact, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CompareRuleSetsHandler.ToCsv(impact))).ToArray(),
                "text/csv; charset=utf-8", $"size-impact-{impact.From}-to-{impact.To}.csv")
            : Results.Ok(impact);
}
