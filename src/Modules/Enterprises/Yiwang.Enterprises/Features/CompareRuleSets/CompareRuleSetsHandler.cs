using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.CompareRuleSets;

/// <summary>Policy impact: how the caller's scoped register would move between sizes under another rule set.</summary>
internal sealed class CompareRuleSetsHandler(EnterprisesDbContext db)
{
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
        return new ImpactDto(from.Id, to.Id, TransitionMatrix.CategoryCodes,
            ImpactMatrixDto.From("all", Bilingual.T("合计", "All"), report.Overall),
            [.. report.ByIndustryRow.Select(kv => ImpactMatrixDto.From(kv.Key, rowNames.GetValueOrDefault(kv.Key, kv.Key), kv.Value))],
            [.. report.ByProvince.Select(kv => ImpactMatrixDto.From(kv.Key, RegionNames.ProvinceName(kv.Key[..2]), kv.Value))]);
    }

    /// <summary>A shipped rule set by id, or a user's draft file; the error names what was wrong in the caller's language.</summary>
    public static (SizeRuleSet? Set, Bilingual? Error) Resolve(string? id, Stream? draft, string? draftName)
    {
        if (draft is not null)
        {
            try
            {
                return (SizeRuleSetLoader.Load(draft, draftName ?? "draft.json"), null);
            }
            catch (RuleSetFormatException ex)
            {
                return (null, new Bilingual($"规则集文件有误：{ex.Message}", $"The rule-set file is invalid: {ex.Message}"));
            }
        }

        if (string.IsNullOrWhiteSpace(id)) return (null, new Bilingual("请选择规则集", "Choose a rule set"));
        var set = SizeRuleSetCatalog.Find(id.Trim());
        return set is null
            ? (null, new Bilingual($"未知的规则集“{id}”", $"Unknown rule set '{id}'"))
            : (set, null);
    }

    public static string ToCsv(ImpactDto impact)
    {
        var lines = new List<string> { "scope,key,name,from," + string.Join(',', impact.Categories.Select(c => "to_" + c)) };
        void Add(string scope, ImpactMatrixDto m)
        {
            for (var f = 0; f < impact.Categories.Count; f++)
                lines.Add($"{scope},{m.Key},{CsvText.Escape(m.Name)},{impact.Categories[f]},{string.Join(',', m.Counts[f])}");
        }

        Add("overall", impact.Overall);
        foreach (var m in impact.ByIndustryRow) Add("industry_row", m);
        foreach (var m in impact.ByProvince) Add("province", m);
        return string.Join('\n', lines) + "\n";
    }
}
