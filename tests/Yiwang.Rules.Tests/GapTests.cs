using Yiwang.Rules.Evaluation;

namespace Yiwang.Rules.Tests;

public sealed class GapTests
{
    [Fact]
    public void Every_unmet_test_of_an_all_condition_is_a_gap()
    {
        var result = Toy.Explain("export", Toy.Facts(("revenue", 1000), ("exports", 400), ("sector", "Farming"), ("branded", true)));
        Assert.Equal(["exportShare", "sector", "branded"], result.Gaps.Select(g => g.Fact));
        Assert.Equal("出口占比 40% → 需 > 50%", result.Gaps[0].Text.Zh);
        Assert.Equal("行业 农业 → 需 ≠ 农业", result.Gaps[1].Text.Zh);
        Assert.Equal("Own brand yes → needs no", result.Gaps[2].Text.En);
    }

    [Fact]
    public void An_any_condition_offers_its_nearest_option()
    {
        var facts = Toy.Strong();
        facts.Set("revenue", 800m);
        facts.Set("exports", 100m);
        var gap = Assert.Single(Toy.Explain("grant", facts).Gaps, g => g.RuleId == "B2");
        Assert.Equal(("revenue", 800m, 1000m), (gap.Fact, gap.Current!.Value, gap.Target!.Value)); // 20% short beats 50% short
        Assert.EndsWith("（或满足该条件的其他任一项）", gap.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_any_group_condition_offers_the_group_needing_fewest_changes()
    {
        var facts = Toy.Strong();
        facts.SetMember("sector", "Services");
        facts.Set("staff", 5m);
        var gaps = Toy.Explain("grant", facts).Gaps.Where(g => g.RuleId == "B3").ToList();
        var gap = Assert.Single(gaps);
        Assert.Equal(("staff", ">=", 20m), (gap.Fact, gap.Op, gap.Target!.Value));
    }

    [Fact]
    public void Score_steps_cover_the_shortfall_one_per_indicator_minimums_first()
    {
        // Growth 10 + 5 = 15 under its minimum of 20, total 65: the step is a growth step even though the total passes.
        var facts = Toy.Facts(("age", 5), ("revenue", 900), ("exports", 45), ("staff", 50), ("sector", "Making"), ("certified", true), ("branded", true),
            ("patents", 5), ("founded", "2015-01-01"));
        var result = Toy.Explain("grant", facts);
        var steps = result.Gaps.Where(g => g.Kind == "score").ToList();
        var step = Assert.Single(steps);
        Assert.Equal("G2", step.RuleId); // 18 → 20万元 per head is nearer than 5% → 10% exports
        Assert.Equal(5m, step.PointsGained);
        Assert.Equal("指标G2：人均营业收入 18万元（「其他」）→ 需「≥ 20万元」，+5 分", step.Text.Zh);

        var low = Toy.Facts(("age", 5), ("revenue", 1500), ("exports", 0), ("staff", 300), ("sector", "Making"), ("certified", false), ("branded", false),
            ("patents", 0), ("founded", "2015-01-01"));
        var weak = Toy.Explain("grant", low);
        var weakSteps = weak.Gaps.Where(g => g.Kind == "score").ToList();
        Assert.True(weak.Score!.Total + weakSteps.Sum(s => s.PointsGained!.Value) >= 60);
        Assert.Equal(weakSteps.Count, weakSteps.Select(s => s.RuleId).Distinct().Count());
    }

    [Fact]
    public void A_missing_figure_steps_up_from_no_band()
    {
        // Without revenue neither growth figure has a value: both earn 0, and the first step of 20 points covers the minimum.
        var facts = Toy.Strong();
        facts.Clear("revenue");
        var step = Toy.Explain("grant", facts).Gaps.Single(g => g.Kind == "score");
        Assert.Null(step.Current);
        Assert.Equal("指标G1：出口占比 未填报（「缺少数据，不得分」）→ 需「≥ 10%」，+20 分", step.Text.Zh);
    }
}
