using System.Globalization;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// GB/T 24067-2024 / ISO 14067 report items that the page, the .xlsx and the CSV word alike: whether this is a
/// full or a partial CFP, the biogenic carbon in the product, what was not modelled, and that no critical review
/// (鉴定性评审, a GB/T 24067 addition to ISO 14067) has taken place.
/// </summary>
internal static class ReportItems
{
    public static readonly Text CfpKindLabel = new("碳足迹类型", "CFP type");
    public static readonly Text BiogenicContentLabel = new("产品中的生物源碳含量", "Biogenic carbon content of the product");
    public static readonly Text NotModelledLabel = new("未纳入的排放", "Emissions not modelled");
    public static readonly Text CriticalReviewLabel = new("鉴定性评审", "Critical review");
    public static readonly Text ComputedLabel = new("核算日期（北京时间）", "Computed on (Beijing time)");

    public static readonly Text NotModelled = new(
        "直接土地利用变化、土地管理、航空运输：模板的前景过程不涉及，按 0 计；背景因子按其来源",
        "Direct land-use change, land management, air transport: none in the template's foreground processes, counted as 0; background factors as published");

    public static readonly Text NoCriticalReview = new("未经鉴定性评审（企业自行核算，非第三方声明）", "None: computed by the company itself, not a third-party verified declaration");

    /// <summary>A cradle-to-grave study is a CFP; any shorter boundary (cradle-to-gate, grave without use) a partial CFP.</summary>
    public static Text CfpKind(string boundary) => boundary == "cradle-to-grave"
        ? new("产品碳足迹（CFP，全生命周期）", "CFP (full life cycle)")
        : new($"部分产品碳足迹（部分 CFP，{boundary}）", $"Partial CFP ({boundary})");

    /// <summary>"x kg C per declared unit (biogenic carbon withdrawal −y kg CO2e)", or "not declared".</summary>
    public static Text BiogenicContent(double? contentKgC, Text declaredUnit)
    {
        ArgumentNullException.ThrowIfNull(declaredUnit);
        if (contentKgC is not { } c) return new("未申报（PACT 导出按 0）", "Not declared (0 in the PACT export)");
        var kg = c.ToString("0.######", CultureInfo.InvariantCulture);
        var withdrawal = BiogenicCarbon.WithdrawalKgCo2e(c).ToString("0.###", CultureInfo.InvariantCulture);
        return new($"{kg} kg C/{declaredUnit.Zh}（生物源碳移除 {withdrawal} kg CO₂e，按 44/12 折算，不计入碳足迹总量）",
            $"{kg} kg C per {declaredUnit.En} (biogenic carbon withdrawal {withdrawal} kg CO₂e at 44/12, not part of the footprint total)");
    }

    /// <summary>The Beijing date of the computation (legal dates are Beijing dates), as yyyy-MM-dd.</summary>
    public static string Computed(DateTime createdAtUtc) =>
        Kernel.Text.Figures.IsoDate(Kernel.Text.Figures.BeijingDate(new DateTimeOffset(DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc))));
}
