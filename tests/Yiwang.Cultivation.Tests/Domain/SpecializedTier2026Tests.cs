using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class SpecializedTier2026Tests
{
    private static TierEvaluation Run(EnterpriseFacts facts) => Eval.Run(Eval.Rules2026, "specialized", facts);

    private static bool Basic(EnterpriseFacts facts, string id) => Run(facts).BasicConditions.Single(c => c.Id == id).Outcome == Outcome.Met;

    [Fact]
    public void A_strong_enterprise_is_eligible_without_a_computed_score()
    {
        var result = Run(Eval.Strong);
        Assert.True(result.Eligible, result.Verdict.En);
        Assert.Null(result.Score);
        Assert.Empty(result.DirectConditions);
        Assert.Contains("2号", result.Verdict.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, true, true)]
    [InlineData(2.99, true, false)]
    [InlineData(5, false, false)]
    public void C1_innovative_title_and_three_years(decimal years, bool title, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { YearsInNicheMarket = years, HoldsInnovativeSmeTitle = title }, "C1"));

    [Theory]
    [InlineData(1500, 0, true)]
    [InlineData(1499, 0, false)]
    [InlineData(1499, 2000, true)]
    public void C2a_revenue_or_equity(decimal revenue, decimal equity, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue, EquityFinancingLastTwoYearsTenThousandYuan = equity }, "C2a"));

    [Theory]
    [InlineData(4000, true)]
    [InlineData(3999, false)]
    public void C2b_main_business_at_least_eighty_percent(decimal mainBusiness, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { MainBusinessRevenueLastYearTenThousandYuan = mainBusiness }, "C2b"));

    [Theory]
    [InlineData(80, true)]
    [InlineData(80.01, false)]
    public void C2c_debt_ratio_at_most_eighty_percent(decimal ratio, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { DebtToAssetRatioPercent = ratio }, "C2c"));

    [Theory]
    [InlineData(150, 135, true)]
    [InlineData(150, 134.9, false)]
    [InlineData(99.9, 135, false)]
    public void C3_rd_in_each_of_two_years(decimal last, decimal previous, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { RdExpenseLastYearTenThousandYuan = last, RdExpensePreviousYearTenThousandYuan = previous }, "C3"));

    [Theory]
    [InlineData(1, null, 0, true)]
    [InlineData(0, null, 0, false)]
    [InlineData(0, 3, 0, true)]
    [InlineData(0, 4, 0, false)]
    [InlineData(0, null, 3, true)]
    public void C4_class_one_ip_or_a_waiver(int inUse, int? provincialRank, int institution, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { ClassIIpInUseCount = inUse, ProvincialScienceAwardBestRank = provincialRank, RdInstitutionLevel = (RdInstitutionLevel)institution }, "C4"));

    [Theory]
    [InlineData(50, true)]
    [InlineData(49.9, false)]
    public void C6_development_score_fifty(decimal score, bool expected) =>
        Assert.Equal(expected, Basic(Eval.Strong with { DevelopmentEvaluationScore = score }, "C6"));

    [Fact]
    public void The_same_facts_get_each_rule_sets_own_answer()
    {
        // Two years in the niche, revenue 1200万, 70% main business: enough in 2022 (with a direct condition), not in 2026.
        var facts = SpecializedTier2022Tests.Weak with { RevenueLastYearTenThousandYuan = 1200, MainBusinessRevenueLastYearTenThousandYuan = 840, EquityFinancingLastTwoYearsTenThousandYuan = 6000, HoldsInnovativeSmeTitle = true };
        var old = Eval.Run(Eval.Rules2022, "specialized", facts);
        var current = Run(facts);
        Assert.True(old.Eligible);
        Assert.Equal("D3", old.AppliedDirectCondition);
        Assert.False(current.Eligible);
        var unmet = current.BasicConditions.Where(c => c.Outcome != Outcome.Met).Select(c => c.Id).ToList();
        Assert.Contains("C1", unmet);
        Assert.DoesNotContain("C2a", unmet); // the 2000万 equity alternative holds under both
        Assert.Contains("C2b", unmet);
        Assert.Contains(current.Gaps, g => g.Metric == "yearsInNicheMarket" && g.Target == 3);
    }
}
