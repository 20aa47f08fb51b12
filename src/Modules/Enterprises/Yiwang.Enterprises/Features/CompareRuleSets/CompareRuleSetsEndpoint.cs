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
        // Two shipped rule sets, over the caller's register: `?format=csv` for a spreadsheet (Chinese unless `&lang=en`).
        api.MapGet("/size-impact", async (string? from, string? to, string? region, string? industry, string? format, string? lang,
                CompareRuleSetsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var fromSet = CompareRuleSetsHandler.Shipped(from);
                var toSet = CompareRuleSetsHandler.Shipped(to);
                if (fromSet.Errors.Count > 0) errors["from"] = [.. fromSet.Errors.Select(e => e.Current)];
                if (toSet.Errors.Count > 0) errors["to"] = [.. toSet.Errors.Select(e => e.Current)];
                if (!ExportLanguage.TryParse(lang, out var english)) errors["lang"] = [T("语言应为 zh（中文）或 en（英文）", "The language must be zh or en")];
                if (format is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                    errors["format"] = [T("格式应为 csv 或 json", "The format must be csv or json")];
                if (errors.Count > 0) return ApiProblems.Invalid(errors);
                return await RespondAsync(() => handler.CompareAsync(fromSet.Set!, toSet.Set!, new RegisterFilter(region, industry), CallerScope.FromPrincipal(http.User), ct),
                    format, english);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .WithSummary("Policy impact between two rule sets / 划型标准调整影响");

        // A shipped rule set against a draft file (multipart field `draft`): every problem of a bad draft at once.
        api.MapPost("/size-impact", async (HttpRequest request, CompareRuleSetsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (!request.HasFormContentType) return ApiProblems.Invalid("draft", new Bilingual("请以 multipart/form-data 上传规则集文件", "Upload the draft rule set as multipart/form-data"));
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    return ApiProblems.Invalid("draft", new Bilingual("上传的表单已损坏，无法读取，请重新上传", "The upload could not be read; send it again"));
                }

                var fromSet = CompareRuleSetsHandler.Shipped(form["from"]);
                if (fromSet.Errors.Count > 0) return ApiProblems.Invalid("from", fromSet.Errors[0]);
                var draft = form.Files.GetFile("draft");
                if (draft is null || draft.Length == 0 || draft.Length > CompareRuleSetsHandler.MaxDraftBytes)
                    return ApiProblems.Invalid("draft", new Bilingual("请上传不超过 1 MB 的规则集 JSON 文件", "Upload a rule-set JSON file of at most 1 MB"));
                await using var stream = draft.OpenReadStream();
                var toSet = CompareRuleSetsHandler.Draft(stream, draft.FileName);
                if (toSet.Errors.Count > 0) return ApiProblems.Invalid(new Dictionary<string, string[]> { ["draft"] = [.. toSet.Errors.Select(e => e.Current)] });
                _ = ExportLanguage.TryParse(form["lang"], out var english);
                return await RespondAsync(() => handler.CompareAsync(fromSet.Set!, toSet.Set!, new RegisterFilter(form["region"], form["industry"]), CallerScope.FromPrincipal(http.User), ct),
                    form["format"], english);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .DisableAntiforgery()
            .RequireRateLimiting("submit")
            .WithSummary("Policy impact of a draft rule-set file / 规则集草案影响评估");
    }

    /// <summary>JSON in the caller's language; CSV in the export's (names of rows and sets included, hence compared inside it).</summary>
    private static async Task<IResult> RespondAsync(Func<Task<ImpactDto>> compare, string? format, bool english)
    {
        if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)) return Results.Ok(await compare());
        using var language = ExportLanguage.Use(english);
        var impact = await compare();
        return Results.File(ImpactCsv.Write(impact), "text/csv; charset=utf-8", $"size-impact-{impact.From}-to-{impact.To}.csv");
    }

    private static string T(string zh, string en) => Bilingual.T(zh, en);
}
