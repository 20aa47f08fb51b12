using Yiwang.Arrears.Features.ComplaintStatistics;

namespace Yiwang.Arrears.Tests.Features.ComplaintStatistics;

/// <summary>How a submission-date range splits into whole months (counts table) and edge days (counted from the cases).</summary>
public sealed class StatisticsPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void WholeMonthsInside_AreTheTable_AndTheDaysAtEitherEndAreTwoEdges()
    {
        var p = StatisticsPeriod.Of(D("2026-03-10"), D("2026-06-05"));
        Assert.True(p.HasMonths);
        Assert.Equal((202604, 202605), (p.FirstMonth, p.LastMonth));
        Assert.Equal([(D("2026-03-10"), D("2026-03-31")), (D("2026-06-01"), D("2026-06-05"))], p.Edges);
    }

    [Fact]
    public void NoWholeMonthBetween_BothEdgesComeFromTheCases()
    {
        // 45 days to yesterday on the dashboard: 13 Oct – 26 Nov has no whole month. Kept as two ranges: merged into one,
        // PostgreSQL's plan for the larger range was slower (docs/performance.md, "edge days").
        var p = StatisticsPeriod.Of(D("2026-10-13"), D("2026-11-26"));
        Assert.False(p.HasMonths);
        Assert.Equal([(D("2026-10-13"), D("2026-10-31")), (D("2026-11-01"), D("2026-11-26"))], p.Edges);
    }

    [Fact]
    public void WithinOneMonth_IsOneEdge_AndWholeMonthsNeedNoEdge()
    {
        Assert.Equal([(D("2026-11-03"), D("2026-11-20"))], StatisticsPeriod.Of(D("2026-11-03"), D("2026-11-20")).Edges);
        var whole = StatisticsPeriod.Of(D("2026-09-01"), D("2026-10-31"));
        Assert.Empty(whole.Edges);
        Assert.Equal((202609, 202610), (whole.FirstMonth, whole.LastMonth));
    }

    [Fact]
    public void OpenEnds_KeepTheirEdgeOnly()
    {
        var from = StatisticsPeriod.Of(D("2026-10-13"), null);
        Assert.Equal([(D("2026-10-13"), D("2026-10-31"))], from.Edges);
        Assert.Equal((202611, (int?)null), (from.FirstMonth, from.LastMonth));
        Assert.True(from.HasMonths);
    }
}
