using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Data;

/// <summary>
/// Flags neighbouring values that move more than 10% of the earlier value per month elapsed. Comparisons never cross
/// a scope change, and year-to-date values are compared as monthly averages within one year, since they restart in January.
/// </summary>
internal static class JumpCheck
{
    public const decimal MaxRelativeChangePerMonth = 0.10m;

    public static IReadOnlyList<CatalogueIssue> Find(IReadOnlyDictionary<string, Indicator> indicators, IEnumerable<Observation> observations)
    {
        var warnings = new List<CatalogueIssue>();
        foreach (var series in observations.GroupBy(o => (o.Indicator, o.Region)))
        {
            var indicator = indicators[series.Key.Indicator];
            var ordered = series.OrderBy(o => o.Period).ToList();
            foreach (var (before, after) in ordered.Zip(ordered.Skip(1)))
                if (Describe(indicator, before, after) is { } message)
                    warnings.Add(new CatalogueIssue($"{indicator.Code} {series.Key.Region} {before.Period}→{after.Period}", message));
        }

        return warnings;
    }

    /// <summary>Why the step from <paramref name="before"/> to <paramref name="after"/> looks implausible, or null when it does not.</summary>
    public static Bilingual? Describe(Indicator indicator, Observation before, Observation after)
    {
        if (indicator.ScopeStart(before.Period) != indicator.ScopeStart(after.Period)) return null;
        if (indicator.Accumulation == Accumulation.YearToDate && before.Period.Year != after.Period.Year) return null;
        var (a, b) = indicator.Accumulation == Accumulation.YearToDate
            ? (before.Value / before.Period.Month, after.Value / after.Period.Month)
            : (before.Value, after.Value);
        var months = before.Period.MonthsUntil(after.Period);
        if (a == 0 || Math.Abs(b - a) <= MaxRelativeChangePerMonth * months * Math.Abs(a)) return null;
        var change = (b - a) / Math.Abs(a);
        return new Bilingual(
            $"{months}个月内变化{change:P0}（{CatalogueLoader.Format(before.Value)}→{CatalogueLoader.Format(after.Value)}），超过每月10%，请核对口径或来源",
            $"changed {change:P0} in {months} months ({CatalogueLoader.Format(before.Value)}→{CatalogueLoader.Format(after.Value)}), more than 10% a month; check the scope or the source");
    }
}
