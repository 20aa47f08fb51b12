using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.CompareRuleSets;

/// <summary>
/// The impact matrices as a spreadsheet in the current culture's language: one line per scope and size before the
/// change, one column per size after it, every category by its label.
/// </summary>
internal static class ImpactCsv
{
    public static byte[] Write(ImpactDto impact)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.ToStream(bytes, excelBom: true, leaveOpen: true))
        {
            csv.Text(T("统计范围", "Scope")).Text(T("名称", "Name")).Text(T($"按“{impact.FromName}”", $"Under '{impact.FromName}'"));
            foreach (var category in Enumerable.Range(0, TransitionMatrix.Size)) csv.Text(T($"按“{impact.ToName}”：", $"Under '{impact.ToName}': ") + Label(category));
            csv.EndRow();
            Add(csv, T("全部", "All"), impact.Overall);
            foreach (var m in impact.ByIndustryRow) Add(csv, T("划型行业", "Industry row"), m);
            foreach (var m in impact.ByProvince) Add(csv, T("省份", "Province"), m);
        }

        return bytes.ToArray();
    }

    public static string Label(int category) => Labels.Of((ImpactCategory)category).Current;

    private static void Add(CsvWriter csv, string scope, ImpactMatrixDto m)
    {
        for (var from = 0; from < m.Counts.Length; from++)
        {
            csv.Text(scope).Text(m.Name).Text(Label(from));
            foreach (var count in m.Counts[from]) csv.Number(count);
            csv.EndRow();
        }
    }

    private static string T(string zh, string en) => Bilingual.T(zh, en);
}
