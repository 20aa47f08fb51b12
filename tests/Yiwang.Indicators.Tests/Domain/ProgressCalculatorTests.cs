using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Tests.Domain;

public sealed class ProgressCalculatorTests
{
    private static readonly Indicator Plain = new("x", new Bilingual("某指标", "Some indicator"), "count", new Bilingual("个", "count"),
        new Bilingual("", ""), "monthly", Accumulation.Stock, "", "s", [], null, IndicatorAreas.Ict);

    private static Observation Obs(int year, int month, decimal value) =>
        new("x", "000000", new Period(year, month), value, ObservationStatus.Reported, "secondary", "s", null, false);

    private static IndicatorTarget Target(decimal value, DateOnly deadline, TargetDirection direction = TargetDirection.AtLeast) =>
        new("x", "000000", value, direction, deadline, "doc", "s", "secondary", null);

    private static readonly Observation[] Steady = [Obs(2025, 1, 100), Obs(2025, 2, 110), Obs(2025, 3, 120), Obs(2025, 4, 130)];

    [Fact]
    public void Steady_growth_fast_enough_is_on_track()
    {
        // 70 to go in 8 months (April → December) = 8.75 a month; the trend gives 10 a month, so 7 months → November.
        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 12, 31)), Steady);

        Assert.Equal(ProgressStatus.OnTrack, p.Status);
        Assert.Equal(0.65m, p.ShareReached);
        Assert.Equal(8, p.MonthsLeft);
        Assert.Equal(8.75m, p.RequiredMonthlyPace);
        Assert.Equal(10m, p.RecentMonthlyPace);
        Assert.Equal(new Period(2025, 11), p.ProjectedPeriod);
        Assert.Equal(4, p.TrendPoints.Count);
        Assert.Contains("2025-11", p.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Steady_growth_too_slow_is_at_risk_with_the_late_date()
    {
        // 120 to go: 15 a month needed, 10 a month achieved → 12 months → April 2026.
        var p = ProgressCalculator.Evaluate(Plain, Target(250, new DateOnly(2025, 12, 31)), Steady);

        Assert.Equal(ProgressStatus.AtRisk, p.Status);
        Assert.Equal(15m, p.RequiredMonthlyPace);
        Assert.Equal(new Period(2026, 4), p.ProjectedPeriod);
        Assert.StartsWith("At risk", p.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_four_observations_set_the_pace()
    {
        // The early jump (0 → 100) lies outside the window of four.
        Observation[] series = [Obs(2024, 12, 0), .. Steady];

        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 12, 31)), series);

        Assert.Equal(10m, p.RecentMonthlyPace);
        Assert.Equal(new Period(2025, 1), series[^4].Period);
    }

    [Fact]
    public void Five_g_base_stations_reached_the_450_target_in_june_2025()
    {
        var catalogue = CatalogueLoader.Default;
        var indicator = catalogue.Find("5g-base-stations")!;
        var target = Assert.Single(catalogue.TargetsFor("5g-base-stations", "000000"));

        var p = ProgressCalculator.Evaluate(indicator, target, catalogue.Series("5g-base-stations", "000000"));

        Assert.Equal(ProgressStatus.Reached, p.Status);
        Assert.Equal(new Period(2025, 6), p.ReachedIn); // 448.6 in May, 454.9 in June
        Assert.Equal(1.0751m, p.ShareReached);          // 483.8 / 450 = 1.07511…
        Assert.Null(p.ProjectedPeriod);
    }

    [Fact]
    public void Compute_total_on_uneven_spacing_projects_june_2025()
    {
        // Months 0, 6, 9, 12 (Dec-23 … Dec-24) with 230, 246, 246, 280: slope = 286.5 / 78.75 = 3.638095…;
        // 20 EFLOPS to go / 3.6381 = 5.5 → 6 months after December 2024.
        var catalogue = CatalogueLoader.Default;
        var p = ProgressCalculator.Evaluate(catalogue.Find("compute-total")!, Assert.Single(catalogue.TargetsFor("compute-total", "000000")),
            catalogue.Series("compute-total", "000000"));

        Assert.Equal(3.6381m, p.RecentMonthlyPace);
        Assert.Equal(new Period(2025, 6), p.ProjectedPeriod);
        Assert.Equal(ProgressStatus.OnTrack, p.Status);
        Assert.Equal(1.6667m, p.RequiredMonthlyPace); // 20 / 12
    }

    [Fact]
    public void Two_observations_are_insufficient_and_nothing_is_projected()
    {
        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 12, 31)), [Obs(2025, 1, 100), Obs(2025, 2, 110)]);

        Assert.Equal(ProgressStatus.InsufficientData, p.Status);
        Assert.Null(p.RecentMonthlyPace);
        Assert.Null(p.ProjectedPeriod);
        Assert.Equal(9m, p.RequiredMonthlyPace); // (200 − 110) / 10 is still useful to show
        Assert.StartsWith("Insufficient data", p.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void No_observations_are_insufficient()
    {
        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 12, 31)), []);

        Assert.Equal(ProgressStatus.InsufficientData, p.Status);
        Assert.Null(p.Latest);
    }

    [Fact]
    public void Observations_before_a_scope_change_do_not_count_towards_the_trend()
    {
        var scoped = Plain with { ScopeChanges = [new ScopeChange(new Period(2025, 3), new Bilingual("口径变化", "scope change"))] };

        var p = ProgressCalculator.Evaluate(scoped, Target(200, new DateOnly(2025, 12, 31)), Steady);

        Assert.Equal(ProgressStatus.InsufficientData, p.Status);
        Assert.Equal(2, p.TrendPoints.Count);
    }

    [Fact]
    public void At_most_target_is_reached_when_the_value_is_below_it()
    {
        var catalogue = CatalogueLoader.Default;
        var p = ProgressCalculator.Evaluate(catalogue.Find("data-centre-pue")!, Assert.Single(catalogue.TargetsFor("data-centre-pue", "000000")),
            catalogue.Series("data-centre-pue", "000000"));

        Assert.Equal(ProgressStatus.Reached, p.Status);
        Assert.Equal(1.0563m, p.ShareReached); // 1.5 / 1.42 = 1.05633…
    }

    [Fact]
    public void Below_target_in_the_deadline_month_is_missed()
    {
        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 4, 30)), Steady);

        Assert.Equal(ProgressStatus.Missed, p.Status);
        Assert.Null(p.ProjectedPeriod);
    }

    [Fact]
    public void Falling_series_is_at_risk_without_a_projection()
    {
        Observation[] falling = [Obs(2025, 1, 130), Obs(2025, 2, 120), Obs(2025, 3, 110)];

        var p = ProgressCalculator.Evaluate(Plain, Target(200, new DateOnly(2025, 12, 31)), falling);

        Assert.Equal(ProgressStatus.AtRisk, p.Status);
        Assert.Equal(-10m, p.RecentMonthlyPace);
        Assert.Null(p.ProjectedPeriod);
    }
}
