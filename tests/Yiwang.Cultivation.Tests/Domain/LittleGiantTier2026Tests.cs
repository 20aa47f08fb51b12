using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class LittleGiantTier2026Tests
{
    internal static readonly EnterpriseFacts Giant = Eval.Strong with
    {
        HoldsSpecializedSmeTitle = true,
        RevenueLastYearTenThousandYuan = 12_100,
        RevenuePreviousYearTenThousandYuan = 11_000,
        RevenueThreeYearsAgoTenThousandYuan = 10_000,
        MainBusinessRevenueLastYearTenThousandYuan = 11_500,
        RdExpenseLastYearTenThousandYuan = 700,
        RdExpensePreviousYearTenThousandYuan = 500,
        DebtToAssetRatioPercent = 60,
        ClassIIpInUseCount = 4,
        MarketSharePercent = 12,
        MainProductInLittleGiantField = true,
        AtKeyIndustryChainLink = true,
        DevelopmentEvaluationScore = 60,
    };

    private static TierEvaluation Run(EnterpriseFacts facts) => Eval.Run(Eval.Rules2026, "littleGiant", facts);

    private static bool Met(EnterpriseFacts facts, string id) => Run(facts).BasicConditions.Single(c => c.Id == id).Outcome == Outcome.Met;

    [Fact]
    public void A_giant_meets_all_seven_indicators() => Assert.True(Run(Giant).Eligible, Run(Giant).Verdict.En);

    [Theory]
    [InlineData(5000, true)]
    [InlineData(4999.99, false)]
    public void G2a_revenue_fifty_million(decimal revenue, bool expected) =>
        Assert.Equal(expected, Met(Giant with { RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue }, "G2a"));

    [Theory]
    [InlineData(10890, true)]
    [InlineData(10889.9, false)]
    public void G2b_main_business_ninety_percent(decimal mainBusiness, bool expected) =>
        Assert.Equal(expected, Met(Giant with { MainBusinessRevenueLastYearTenThousandYuan = mainBusiness }, "G2b"));

    [Theory]
    [InlineData(11_025, true)]
    [InlineData(11_024.9, false)]
    public void G2c_compound_growth_five_percent_exactly_counts(decimal revenue, bool expected) =>
        Assert.Equal(expected, Met(Giant with { RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue }, "G2c"));

    [Theory]
    [InlineData(75, true)]
    [InlineData(75.01, false)]
    public void G2d_debt_ratio_seventy_five(decimal ratio, bool expected) => Assert.Equal(expected, Met(Giant with { DebtToAssetRatioPercent = ratio }, "G2d"));

    [Theory]
    [InlineData(700, 500, true)]
    [InlineData(699.9, 500, false)]
    [InlineData(900, 330, true)]
    [InlineData(900, 329, false)]
    public void G3_twelve_million_over_two_years_and_three_percent_each(decimal last, decimal previous, bool expected) =>
        Assert.Equal(expected, Met(Giant with { RdExpenseLastYearTenThousandYuan = last, RdExpensePreviousYearTenThousandYuan = previous }, "G3"));

    [Theory]
    [InlineData(4, null, true)]
    [InlineData(3, null, false)]
    [InlineData(3, 3, true)]
    [InlineData(3, 4, false)]
    public void G4_four_class_one_ip_or_national_award(int ip, int? nationalRank, bool expected) =>
        Assert.Equal(expected, Met(Giant with { ClassIIpInUseCount = ip, NationalScienceAwardBestRank = nationalRank }, "G4"));

    [Theory]
    [InlineData(10, null, true)]
    [InlineData(9.99, null, false)]
    [InlineData(5, 3, true)]
    [InlineData(5, 4, false)]
    public void G5_market_share_or_top_three(decimal share, int? rank, bool expected) =>
        Assert.Equal(expected, Met(Giant with { MarketSharePercent = share, DomesticMarketRank = rank }, "G5"));

    [Theory]
    [InlineData(60, true)]
    [InlineData(59.9, false)]
    public void G7_development_score_sixty(decimal score, bool expected) => Assert.Equal(expected, Met(Giant with { DevelopmentEvaluationScore = score }, "G7"));
}
