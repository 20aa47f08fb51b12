namespace Yiwang.Kernel.Web.Charts;

public enum ChartKind
{
    /// <summary>Vertical bars: categories along the bottom (months, tiers).</summary>
    Bar,

    /// <summary>Horizontal bars: long category names (provinces, industries) read best down the side.</summary>
    HorizontalBar,

    /// <summary>A series over time.</summary>
    Line,
}
