using Yiwang.Rules.Evaluation;

namespace Yiwang.Rules.Tests;

public sealed class ScoringTests
{
    private static readonly CompiledRuleSet Exclusive = Toy.LoadText(Toy.Text("toy-2024.json").Replace("\"mode\": \"inclusive\"", "\"mode\": \"exclusive\"", StringComparison.Ordinal));

    [Fact]
    public void A_strong_applicant_scores_every_indicator_by_its_band()
    {
        var result = Toy.Explain("grant", Toy.Strong());
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Equal(95, result.Score!.Total);
        Assert.Equal([30m, 20m, 20m, 15m, 10m], result.Score.Indicators.Select(i => i.Points));
        Assert.Equal([50m, 45m], result.Score.Categories.Select(c => c.Points));
        Assert.Empty(result.Gaps);
        Assert.Equal("指标G1：出口占比 20%，档位「≥ 20%」，得 30/30 分（玩具办法 附表 G1）", Toy.Indicator(result, "G1").Explanation.Zh);
    }

    [Theory]
    [InlineData(600, 30, 20)] // exactly 20%: the better band when inclusive (以上含本数), the next when exclusive
    [InlineData(601, 30, 30)]
    [InlineData(599, 20, 20)]
    [InlineData(300, 20, 10)] // exactly 10%
    [InlineData(149, 0, 0)]
    public void Band_edges_follow_the_rule_sets_boundary_mode(decimal exports, decimal inclusive, decimal exclusive)
    {
        var facts = Toy.Strong();
        facts.Set("exports", exports);
        Assert.Equal(inclusive, Toy.Indicator(Toy.Explain("grant", facts), "G1").Points);
        Assert.Equal(exclusive, Toy.Indicator(Toy.Explain("grant", facts, Exclusive), "G1").Points);
    }

    [Theory]
    [InlineData(50, 10, 5)] // lower is better: 50 staff is "≤ 50" when inclusive, "< 100" when exclusive
    [InlineData(51, 5, 5)]
    [InlineData(100, 5, 0)]
    [InlineData(101, 0, 0)]
    public void A_lower_is_better_measure_scores_from_the_top(int staff, decimal inclusive, decimal exclusive)
    {
        var facts = Toy.Strong();
        facts.Set("staff", staff);
        Assert.Equal(inclusive, Toy.Indicator(Toy.Explain("grant", facts), "Q3").Points);
        Assert.Equal(exclusive, Toy.Indicator(Toy.Explain("grant", facts, Exclusive), "Q3").Points);
    }

    [Fact]
    public void An_indicator_with_several_measures_scores_the_best_and_says_which()
    {
        var facts = Toy.Strong();
        var q2 = Toy.Indicator(Toy.Explain("grant", facts), "Q2");
        Assert.Equal((15m, "age"), (q2.Points, q2.Fact));
        facts.Set("patents", 6m);
        q2 = Toy.Indicator(Toy.Explain("grant", facts), "Q2");
        Assert.Equal((20m, "patents"), (q2.Points, q2.Fact));
    }

    [Fact]
    public void The_pass_mark_is_not_enough_without_the_category_minimums()
    {
        // Growth 10 + 5 = 15 (< 20), quality 50: total 65 over the pass mark of 60, yet not passed.
        var facts = Toy.Facts(("revenue", 900), ("exports", 45), ("staff", 50), ("certified", true), ("branded", true), ("patents", 5));
        var score = Toy.Explain("grant", facts).Score!;
        Assert.Equal(65, score.Total);
        Assert.False(score.Passed);
        Assert.Equal(Outcome.NotMet, score.Outcome);
        Assert.False(score.Categories.Single(c => c.Id == "growth").MinimumMet);
        Assert.Contains("成长 15/20", score.Explanation.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, 10, true)]
    [InlineData(5, 5, true)]
    [InlineData(3, 3, false)]
    public void Input_points_are_taken_as_reported_within_the_maximum(int patents, decimal points, bool passed)
    {
        var score = Toy.Explain("points", Toy.Facts(("patents", patents))).Score!;
        Assert.Equal((points, passed), (score.Total, score.Passed));
    }

    [Fact]
    public void A_direct_condition_qualifies_a_low_score_and_is_named_only_then()
    {
        var weak = Toy.Facts(("age", 30), ("revenue", 1200), ("staff", 400), ("sector", "Making"), ("exports", 0), ("certified", true), ("branded", false),
            ("patents", 0), ("founded", "2005-01-01"));
        var result = Toy.Explain("grant", weak);
        Assert.False(result.Score!.Passed);
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Equal("D1", result.AppliedDirectCondition);
        Assert.Contains("适用直通条件 D1", result.Verdict.Zh, StringComparison.Ordinal);
        Assert.Null(Toy.Explain("grant", Toy.Strong()).AppliedDirectCondition); // the score passed: no direct path needed
    }

    [Fact]
    public void A_target_without_score_or_direct_conditions_needs_only_its_basic_conditions()
    {
        var result = Toy.Explain("export", Toy.Facts(("revenue", 100), ("exports", 51), ("sector", "Making"), ("branded", false)));
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Null(result.Score);
        Assert.Contains("仅作测试。", result.Notes.Select(n => n.Zh));
    }
}
