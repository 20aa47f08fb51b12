using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.CompareRuleSets;

/// <summary>A rule set to compare, or everything wrong with the request for it (a draft file may have many problems).</summary>
internal sealed record ResolvedRuleSet(SizeRuleSet? Set, IReadOnlyList<Bilingual> Errors)
{
    public static ResolvedRuleSet Of(SizeRuleSet set) => new(set, []);

    public static ResolvedRuleSet Failed(params Bilingual[] errors) => new(null, errors);
}

/// <summary>Policy impact: how the caller's scoped register would move between sizes under another rule set.</summary>
internal sealed class CompareRuleSetsHandler(EnterprisesDbContext db)
{
    public const long MaxDraftBytes = 1024 * 1024;

    public async Task<ImpactDto> CompareAsync(SizeRuleSet from, SizeRuleSet to, RegisterFilter filter, CallerScope caller, CancellationToken ct)
    {
        var report = new SizeImpactReport(from.Id, to.Id);
        var rows = filter.Apply(db.Enterprises.AsNoTracking(), caller)
            .Select(e => new { e.IndustryCode, e.RegionCode, e.Employees, e.RevenueTenThousandYuan, e.TotalAssetsTenThousandYuan })
            .AsAsyncEnumerable();
        await foreach (var e in rows.WithCancellation(ct))
        {
            SizeImpactComparison.Add(report, from, to,
                new SizeImpactInput(e.IndustryCode, e.RegionCode, new SizeFigures(e.Employees, e.RevenueTenThousandYuan, e.TotalAssetsTenThousandYuan)));
        }

        var rowNames = from.Rows.Concat(to.Rows).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => Bilingual.T(g.First().NameZh, g.First().NameEn));
        return new ImpactDto(from.Id, to.Id, Bilingual.T(from.NameZh, from.NameEn), Bilingual.T(to.NameZh, to.NameEn), TransitionMatrix.CategoryCodes,
            ImpactMatrixDto.From("all", Bilingual.T("合计", "All"), report.Overall),
            [.. report.ByIndustryRow.Select(kv => ImpactMatrixDto.From(kv.Key, rowNames.GetValueOrDefault(kv.Key, Bilingual.T("不在划型范围", "Not covered")), kv.Value))],
            [.. report.ByProvince.Select(kv => ImpactMatrixDto.From(kv.Key, ProvinceName(kv.Key), kv.Value))]);
    }

    /// <summary>A shipped rule set by id.</summary>
    public static ResolvedRuleSet Shipped(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return ResolvedRuleSet.Failed(new Bilingual("请选择规则集", "Choose a rule set"));
        var set = SizeRuleSetCatalog.Find(id.Trim());
        return set is null
            ? ResolvedRuleSet.Failed(new Bilingual($"没有名为“{id}”的规则集，可选：{Ids}", $"There is no rule set '{id}'; available: {Ids}"))
            : ResolvedRuleSet.Of(set);
    }

    /// <summary>A user's draft file, with every problem it has in plain words (row and field named).</summary>
    public static ResolvedRuleSet Draft(Stream draft, string? draftName)
    {
        try
        {
            return ResolvedRuleSet.Of(SizeRuleSetLoader.Load(draft, draftName ?? "draft.json"));
        }
        catch (RuleSetFormatException ex)
        {
            return new ResolvedRuleSet(null, [.. ex.Problems.Select(p => p.Text)]);
        }
    }

    private static string ProvinceName(string provinceCode) =>
        RegionCode.TryParse(provinceCode, out var code, out _) ? ProvinceNames.Of(code.Province) : Bilingual.T("未知省份", "Unknown province");

    private static string Ids => string.Join(", ", SizeRuleSetCatalog.All.Select(s => s.Id));
}
