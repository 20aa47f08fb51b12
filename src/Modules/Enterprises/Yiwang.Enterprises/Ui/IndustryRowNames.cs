using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Ui;

internal static class IndustryRowNames
{
    /// <summary>The display name of a stored industry-row id, from the rule set that produced it (or the default set).</summary>
    public static string Of(string? rowId, string? ruleSetId = null)
    {
        if (rowId is null or "uncovered" or SizeImpactReport.NoRow) return Bilingual.T("不在划型范围", "Not covered");
        var set = (ruleSetId is null ? null : SizeRuleSetCatalog.Find(ruleSetId)) ?? SizeRuleSetCatalog.Default;
        var row = set.Rows.FirstOrDefault(r => r.Id == rowId);
        return row is null ? Bilingual.T("不在划型范围", "Not covered") : Bilingual.T(row.NameZh, row.NameEn);
    }

    /// <summary>The name without its bracketed gloss ("工业（采矿业，制造业…）" → "工业"), for chart axes; tables keep the full name.</summary>
    public static string Short(string? rowId, string? ruleSetId = null)
    {
        var name = Of(rowId, ruleSetId);
        var cut = name.IndexOfAny(['（', '(']);
        return cut > 0 ? name[..cut].Trim() : name;
    }
}
