using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>Finds the band a figure falls in; the rule set's boundary mode decides which band an edge value belongs to.</summary>
internal static class BandLookup
{
    /// <summary>The index of the band (best first); a missing figure falls in the last band.</summary>
    public static int IndexOf(MetricBands bands, decimal? value, bool inclusive)
    {
        if (value is not { } v) return bands.Bands.Count - 1;
        for (var i = 0; i < bands.Bands.Count; i++)
        {
            if (bands.Bands[i].Bound is not { } bound) return i;
            var inBand = bands.Direction == "higher"
                ? inclusive ? v >= bound : v > bound
                : inclusive ? v <= bound : v < bound;
            if (inBand) return i;
        }

        return bands.Bands.Count - 1;
    }

    public static Bilingual Label(MetricBands bands, int index, bool inclusive)
    {
        var band = bands.Bands[index];
        if (band.LabelZh is not null && band.LabelEn is not null) return new(band.LabelZh, band.LabelEn);
        var metric = MetricCatalog.Get(bands.Metric);
        if (band.Bound is { } bound)
        {
            var op = bands.Direction == "higher" ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");
            return ValueText.Requirement(metric, op, bound);
        }

        return new("其他", "otherwise");
    }

    /// <summary>The operator a figure must satisfy against a band's bound to be in that band.</summary>
    public static string OpFor(MetricBands bands, bool inclusive) =>
        bands.Direction == "higher" ? (inclusive ? ">=" : ">") : (inclusive ? "<=" : "<");
}
