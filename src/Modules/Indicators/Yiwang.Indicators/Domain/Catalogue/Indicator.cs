using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>How values add up over time; it decides which neighbouring values may be compared.</summary>
internal enum Accumulation
{
    /// <summary>A level at the period end (base stations, users).</summary>
    [Label("期末存量", "Level at period end")]
    Stock,
    /// <summary>A full-period amount (a year's revenue).</summary>
    [Label("全期流量", "Amount over the period")]
    Flow,
    /// <summary>Cumulative from January, restarting every year: values of different years are not a series.</summary>
    [Label("年初至今累计", "Year to date")]
    YearToDate,
}

/// <summary>A definitional break: values before <see cref="From"/> are not comparable with values from it on.</summary>
internal sealed record ScopeChange(Period From, Bilingual Description);

/// <summary>
/// Other indicators' values combined as numerator ÷ denominator × <see cref="Factor"/>: 100 for a share in percent,
/// 10,000 for "per 10,000 people" when both inputs are counted in 万 (万个 ÷ 万人 × 10,000 = per 10,000 people).
/// </summary>
internal sealed record IndicatorFormula(string Numerator, string Denominator, decimal Factor = 100)
{
    public Bilingual Describe(Indicator numerator, Indicator denominator) => new(
        $"{numerator.Name.Zh}（{numerator.UnitName.Zh}）÷ {denominator.Name.Zh}（{denominator.UnitName.Zh}）× {Data.CatalogueLoader.Format(Factor)}",
        $"{numerator.Name.En} ({numerator.UnitName.En}) ÷ {denominator.Name.En} ({denominator.UnitName.En}) × {Data.CatalogueLoader.Format(Factor)}");
}

/// <summary>The dashboard an indicator belongs to; <see cref="Context"/> holds inputs such as population that have no target of their own.</summary>
internal static class IndicatorAreas
{
    public const string Ict = "ict", Green = "green", Sme = "sme", Context = "context";

    /// <summary>The areas that have a dashboard page, in menu order.</summary>
    public static readonly IReadOnlyList<string> Dashboards = [Ict, Green, Sme];

    public static readonly IReadOnlyList<string> All = [Ict, Green, Sme, Context];

    public static Bilingual Name(string area) => area switch
    {
        Ict => new("信息通信基础设施", "ICT infrastructure"),
        Green => new("绿色制造与绿色算力", "Green manufacturing and green computing"),
        Sme => new("中小企业", "SMEs"),
        _ => new("基础数据（人口等）", "Context data (population etc.)"),
    };
}

internal sealed record Indicator(
    string Code,
    Bilingual Name,
    string Unit,
    Bilingual UnitName,
    Bilingual Definition,
    string Periodicity,
    Accumulation Accumulation,
    string Department,
    string Source,
    IReadOnlyList<ScopeChange> ScopeChanges,
    IndicatorFormula? Formula,
    string Area)
{
    /// <summary>The first period of the scope that <paramref name="period"/> falls in (null: since the series began).</summary>
    public Period? ScopeStart(Period period) =>
        ScopeChanges.Where(c => c.From <= period).Select(c => (Period?)c.From).DefaultIfEmpty(null).Max();
}
