using Yiwang.Rules.Evaluation;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Tests;

/// <summary>A missing fact never earns points; it is listed, and the verdict waits for it wherever it could decide it.</summary>
public sealed class MissingFactTests
{
    [Fact]
    public void A_missing_fact_earns_nothing_even_where_the_last_band_has_points()
    {
        // G2's last band ("otherwise") is worth 5: a reported 3万元 per head gets them, a missing staff count does not.
        var reported = Toy.Strong();
        reported.Set("staff", 1000m);
        Assert.Equal(5, Toy.Indicator(Toy.Explain("grant", reported), "G2").Points);

        var facts = Toy.Strong();
        facts.Clear("staff");
        var result = Toy.Explain("grant", facts);
        var g2 = Toy.Indicator(result, "G2");
        Assert.Equal((0m, true, 20m), (g2.Points, g2.Missing, g2.Potential));
        Assert.Contains("缺少数据，不得分", g2.Explanation.Zh, StringComparison.Ordinal);
        Assert.Contains("staff", result.MissingFacts);
    }

    [Fact]
    public void A_basic_condition_waiting_for_a_fact_makes_the_verdict_undetermined()
    {
        var facts = Toy.Strong();
        facts.Clear("age");
        var result = Toy.Explain("grant", facts);
        Assert.Equal(Outcome.MissingData, result.Outcome);
        Assert.False(result.Eligible);
        Assert.Equal(Outcome.MissingData, result.BasicConditions.Single(c => c.Id == "B1").Outcome);
        Assert.Equal(["age"], result.MissingFacts);
        Assert.StartsWith("尚不能判定是否符合补贴条件", result.Verdict.Zh, StringComparison.Ordinal);
        Assert.Contains("1 fact(s) missing", result.Verdict.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_that_missing_facts_could_still_lift_over_the_mark_is_undetermined()
    {
        // Reported: 40 points; the missing exports could add up to 30 (G1), so the score and the verdict wait.
        var facts = Toy.Strong();
        facts.Clear("exports");
        facts.Set("staff", 200m);
        var result = Toy.Explain("grant", facts);
        Assert.True(result.Score!.Total < 60);
        Assert.True(result.Score.Potential >= 60);
        Assert.Equal(Outcome.MissingData, result.Score.Outcome);
        Assert.Equal(Outcome.MissingData, result.Outcome);
        Assert.Contains("exports", result.MissingFacts);
        Assert.Contains("尚不能判定", result.Score.Explanation.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_fact_that_cannot_change_the_verdict_leaves_it_determined()
    {
        // certified is missing, but even with it Q1 adds 10 at most and D1 fails on the founding date: not met, and not waiting.
        var facts = Toy.Facts(("age", 30), ("revenue", 1200), ("staff", 400), ("sector", "Making"), ("exports", 0), ("branded", false),
            ("patents", 0), ("founded", "2015-01-01"));
        var result = Toy.Explain("grant", facts);
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(FactState.Partial, facts.State("qualityItems"));
    }

    [Fact]
    public void The_facts_of_a_direct_condition_are_listed_when_the_verdict_waits_for_them()
    {
        // The score (20, at most 40 with certified) cannot pass, but direct condition D1 waits for "certified".
        var facts = Toy.Facts(("age", 30), ("revenue", 1200), ("staff", 400), ("sector", "Making"), ("exports", 0), ("branded", false),
            ("patents", 0), ("founded", "2005-01-01"));
        var result = Toy.Explain("grant", facts);
        Assert.Equal(Outcome.MissingData, result.DirectConditions.Single(d => d.Id == "D1").Outcome);
        Assert.Equal(Outcome.MissingData, result.Outcome);
        Assert.Equal(["certified"], result.MissingFacts);
    }

    [Fact]
    public void An_empty_none_fact_is_an_answer_not_a_gap_in_the_data()
    {
        var facts = Toy.Strong();
        var result = Toy.Explain("grant", facts);
        Assert.Equal(FactState.None, facts.State("awardRank"));
        Assert.DoesNotContain("awardRank", result.MissingFacts);
        var waiver = result.BasicConditions.Single(c => c.Id == "B3").Tests[^1];
        Assert.Contains("获奖排名 无", waiver.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_out_any_fact_never_raises_points_and_never_turns_a_no_into_a_yes()
    {
        var random = new Random(42);
        var run = new TargetRun();
        for (var n = 0; n < 400; n++)
        {
            var facts = RandomFacts.Next(random);
            foreach (var target in Toy.Rules2024.Targets)
            {
                var full = target.Explain(facts);
                foreach (var fact in Toy.Schema.BaseFacts)
                {
                    var fewer = RandomFacts.Without(facts, fact.Id);
                    var reduced = target.Explain(fewer);
                    var context = $"{target.Id} without {fact.Id}: {facts}";
                    if (full.Score is { } score)
                    {
                        Assert.True(reduced.Score!.Total <= score.Total, context);
                        Assert.All(score.Indicators.Zip(reduced.Score.Indicators), p => Assert.True(p.Second.Points <= p.First.Points, context));
                    }

                    Assert.True(reduced.Outcome != Outcome.Met || full.Outcome == Outcome.Met, context);
                    target.Evaluate(fewer, run);
                    Assert.Equal(reduced.Outcome, run.Outcome);
                }
            }
        }
    }
}
