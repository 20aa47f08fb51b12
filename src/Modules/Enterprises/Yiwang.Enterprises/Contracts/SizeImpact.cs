using MiniExcelLibs;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Contracts;

/// <summary>One transition matrix: Counts[from][to] over <see cref="SizeImpact.Categories"/>.</summary>
public sealed record SizeImpactMatrix(string Scope, string Key, string NameZh, string NameEn, IReadOnlyList<IReadOnlyList<long>> Counts)
{
    public long Total => Counts.Sum(r => r.Sum());
    public long Unchanged => Enumerable.Range(0, Counts.Count).Sum(i => Counts[i][i]);
    public long MovedUp => Pairs().Where(p => p.F < p.T).Sum(p => Counts[p.F][p.T]);
    public long MovedDown => Pairs().Where(p => p.F > p.T).Sum(p => Counts[p.F][p.T]);

    private static IEnumerable<(int F, int T)> Pairs() => from f in Enumerable.Range(0, 4) from t in Enumerable.Range(0, 4) select (f, t);
}

public sealed record SizeImpactResult(string FromRuleSet, string ToRuleSet, long RowErrors, SizeImpactMatrix Overall,
    IReadOnlyList<SizeImpactMatrix> ByIndustryRow, IReadOnlyList<SizeImpactMatrix> ByProvince);

/// <summary>Compares two rule sets on a register file: how many enterprises change size, by row and province.</summary>
public static class SizeImpact
{
    public static IReadOnlyList<string> Categories { get; } = TransitionMatrix.CategoryCodes;

    /// <exception cref="SizeBatchException">Unknown rule set, unreadable input.</exception>
    public static SizeImpactResult Compare(string inputPath, string fromRuleSet, string toRuleSet)
    {
        var from = SizeRuleSets.Resolve(fromRuleSet);
        var to = SizeRuleSets.Resolve(toRuleSet);
        var report = new SizeImpactReport(from.Id, to.Id);
        long errors = 0;
        try
        {
            foreach (var item in RegisterReader.Read(inputPath))
            {
                if (item.Record is not { } r)
                {
                    errors++;
                    continue;
                }

                SizeImpactComparison.Add(report, from, to, new SizeImpactInput(r.Industry.Value, r.Region.Value, r.Figures));
            }
        }
        catch (RegisterFileException ex)
        {
            throw new SizeBatchException(SizeBatchFailure.InvalidInput, ex.Problem.Zh, ex.Problem.En, ex);
        }

        return new SizeImpactResult(from.Id, to.Id, errors, ToDto("overall", "all", ("全部", "All"), report.Overall),
            report.ByIndustryRow.Select(p => ToDto("industry_row", p.Key, RowName(from, to, p.Key), p.Value)).ToArray(),
            report.ByProvince.Select(p => ToDto("province", p.Key, Provinces.Name(p.Key), p.Value)).ToArray());
    }

    /// <summary>Writes the matrices in long form (scope, key, from, to, count) as .csv (UTF-8 BOM) or .xlsx.</summary>
    public static void Write(SizeImpactResult result, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new[] { result.Overall }.Concat(result.ByIndustryRow).Concat(result.ByProvince)
            .SelectMany(m => from f in Enumerable.Range(0, Categories.Count) from t in Enumerable.Range(0, Categories.Count)
                             where m.Counts[f][t] > 0
                             select new Dictionary<string, object?>
                             {
                                 ["scope"] = m.Scope, ["key"] = m.Key, ["name"] = m.NameZh,
                                 ["from"] = Categories[f], ["to"] = Categories[t], ["count"] = m.Counts[f][t],
                             });
        using var stream = File.Create(outputPath);
        if (RegisterReader.IsExcel(outputPath))
        {
            MiniExcel.SaveAs(stream, rows, printHeader: true, excelType: ExcelType.XLSX);
            return;
        }

        using var csv = CsvWriter.ToStream(stream, excelBom: true, newLine: "\n");
        csv.Row("from_rule_set", "to_rule_set", "scope", "key", "name", "from", "to", "count");
        foreach (var r in rows)
        {
            csv.Text(result.FromRuleSet).Text(result.ToRuleSet).Text((string?)r["scope"]).Text((string?)r["key"]).Text((string?)r["name"])
                .Text((string?)r["from"]).Text((string?)r["to"]).Number((long?)r["count"]).EndRow();
        }
    }

    private static (string Zh, string En) RowName(SizeRuleSet from, SizeRuleSet to, string id)
    {
        var row = from.FindRow(id) ?? to.FindRow(id);
        return row is null ? ("不在划型范围", "not covered") : (row.NameZh, row.NameEn);
    }

    private static SizeImpactMatrix ToDto(string scope, string key, (string Zh, string En) name, TransitionMatrix m) =>
        new(scope, key, name.Zh, name.En, Enumerable.Range(0, TransitionMatrix.Size)
            .Select(f => (IReadOnlyList<long>)Enumerable.Range(0, TransitionMatrix.Size).Select(t => m[(ImpactCategory)f, (ImpactCategory)t]).ToArray())
            .ToArray());
}
