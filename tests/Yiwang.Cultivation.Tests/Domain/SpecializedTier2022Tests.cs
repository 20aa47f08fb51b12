using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class SpecializedTier2022Tests
{
    private static TierEvaluation Run(EnterpriseFacts facts) => Eval.Run(Eval.Rules2022, "specialized", facts);

    private static bool Basic(EnterpriseFacts facts, string id) => Run(facts).BasicConditions.Single(c => c.Id == id).Outcome == Outcome.Met;

    [Fact]
    public void A_strong_enterprise_is_eligible_by_score_with_every_condition_explained()
    {
        var result = Run(Eval.Strong);
        Assert.True(result.Eligible);
        Assert.All(result.BasicConditions, c => Assert.Equal(Outcome.Met, c.Outcome));
        Assert.True(result.Score!.Total >= 60);
        Assert.Equal(result.Score.Total, result.Score.Categories.Sum(c => c.Points));
        Assert.Equal(4, result.Score.Categories.Count);
        Assert.Null(result.AppliedDirectCondition);
        Assert.Empty(result.Gaps);
        Assert.Contains("63号", result.BasicConditions[0].Explanation.Zh, StringComparison.Ordinal);
        Assert.Contains("No. 63", result.BasicConditions[0].Explanation.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(1.99, false)]
    public void B1_two_years_in_the_niche_including_two(decimal years, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { YearsInNicheMarket = years }, "B1"));

    [Theory]
    [InlineData(100, 3000, true)]
    [InlineData(99.99, 3000, false)]
    [InlineData(100, 3334, false)]
    public void B2_rd_at_least_one_million_and_three_percent(decimal rd, decimal revenue, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { RdExpenseLastYearTenThousandYuan = rd, RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue }, "B2"));

    [Theory]
    [InlineData(1000, 0, true)]
    [InlineData(999, 0, false)]
    [InlineData(999, 2000, true)]
    [InlineData(999, 1999, false)]
    public void B3_revenue_or_equity_financing(decimal revenue, decimal equity, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with
        {
            RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue, RdExpenseLastYearTenThousandYuan = 100,
            EquityFinancingLastTwoYearsTenThousandYuan = equity,
        }, "B3"));

    [Fact]
    public void A_low_score_passes_through_a_direct_condition_and_says_which()
    {
        var weak = Weak with { RdExpenseLastYearTenThousandYuan = 1200, RdExpensePreviousYearTenThousandYuan = 800, RevenueLastYearTenThousandYuan = 20_000 };
        var result = Run(weak);
        Assert.True(result.Score!.Total < 60);
        Assert.True(result.Eligible);
        Assert.Equal("D2", result.AppliedDirectCondition);
    }

    [Theory]
    [InlineData(3, null, true)]
    [InlineData(4, null, false)]
    [InlineData(null, 5, true)]
    [InlineData(null, 6, false)]
    public void D1_provincial_top_three_or_national_top_five(int? provincial, int? national, bool expected)
    {
        var result = Run(Weak with { ProvincialScienceAwardBestRank = provincial, NationalScienceAwardBestRank = national });
        Assert.Equal(expected, result.AppliedDirectCondition == "D1");
    }

    [Theory]
    [InlineData(6000, true)]
    [InlineData(5999, false)]
    public void D3_equity_financing_of_sixty_million(decimal equity, bool expected) =>
        Assert.Equal(expected, Run(Weak with { EquityFinancingLastTwoYearsTenThousandYuan = equity }).AppliedDirectCondition == "D3");

    [Fact]
    public void Gap_names_the_figure_and_the_threshold()
    {
        var result = Run(Eval.Strong with { RdExpenseLastYearTenThousandYuan = 130 });
        Assert.False(result.Eligible);
        var gap = Assert.Single(result.Gaps, g => g.Kind == "condition");
        Assert.Equal("rdShareLastYearPercent", gap.Metric);
        Assert.Equal(2.6m, gap.Current);
        Assert.Equal(3m, gap.Target);
        Assert.Equal("上年度研发费用占营业收入比重 2.6% → 需 ≥ 3%", gap.Text.Zh);
        Assert.Equal("R&D share of revenue last year 2.6% → needs ≥ 3%", gap.Text.En);
    }

    [Fact]
    public void A_score_below_the_mark_lists_band_steps_that_cover_the_shortfall()
    {
        var result = Run(Weak);
        Assert.False(result.Eligible);
        var steps = result.Gaps.Where(g => g.Kind == "score").ToList();
        Assert.NotEmpty(steps);
        Assert.True(result.Score!.Total + steps.Sum(s => s.PointsGained!.Value) >= 60);
        Assert.Equal(steps.Count, steps.Select(s => s.RuleId).Distinct().Count());
    }

    [Fact]
    public void Missing_facts_are_named_not_guessed()
    {
        var result = Run(new EnterpriseFacts { YearsInNicheMarket = 3 });
        Assert.False(result.Eligible);
        Assert.Equal(Outcome.MissingData, result.BasicConditions.Single(c => c.Id == "B2").Outcome);
        Assert.Contains("rdExpenseLastYearTenThousandYuan", result.MissingFacts);
        Assert.Contains("revenueLastYearTenThousandYuan", result.MissingFacts);
        Assert.DoesNotContain("yearsInNicheMarket", result.MissingFacts);
    }

    /// <summary>Meets the basic conditions but scores well under 60.</summary>
    internal static readonly EnterpriseFacts Weak = new()
    {
        YearsInNicheMarket = 2,
        RevenueLastYearTenThousandYuan = 3000,
        MainBusinessRevenueLastYearTenThousandYuan = 1500,
        MainBusinessRevenuePreviousYearTenThousandYuan = 1500,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = 1500,
        RdExpenseLastYearTenThousandYuan = 100,
        RdExpensePreviousYearTenThousandYuan = 100,
        NetProfitLastYearTenThousandYuan = 30,
        DebtToAssetRatioPercent = 65,
        Employees = 100,
        RdStaff = 5,
        ClassIIIpCount = 1,
        DigitalLevel = 1,
        MainProductField = MainProductField.Other,
        RdInstitutionLevel = RdInstitutionLevel.None,
        LocalFeaturePoints = 0,
    };
}
