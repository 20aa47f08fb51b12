using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class LittleGiantTier2022Tests
{
    private static readonly EnterpriseFacts Giant = LittleGiantTier2026Tests.Giant with
    {
        MainBusinessRevenuePreviousYearTenThousandYuan = 10_000,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = 9_000,
        HasCoreBusinessInformationSystem = true,
        RdInstitutionLevel = RdInstitutionLevel.City,
        MainProductInManufacturingOrNetworkPowerField = true,
    };

    private static TierEvaluation Run(EnterpriseFacts facts) => Eval.Run(Eval.Rules2022, "littleGiant", facts);

    private static bool Met(EnterpriseFacts facts, string id) => Run(facts).BasicConditions.Single(c => c.Id == id).Outcome == Outcome.Met;

    [Fact]
    public void A_giant_meets_all_six_groups() => Assert.True(Run(Giant).Eligible, Run(Giant).Verdict.En);

    [Theory]
    [InlineData(3, true)]
    [InlineData(2.99, false)]
    public void L1a_three_years(decimal years, bool expected) => Assert.Equal(expected, Met(Giant with { YearsInNicheMarket = years }, "L1a"));

    [Theory]
    [InlineData(8470, true)]
    [InlineData(8469, false)]
    public void L1b_main_business_seventy_percent(decimal mainBusiness, bool expected) =>
        Assert.Equal(expected, Met(Giant with { MainBusinessRevenueLastYearTenThousandYuan = mainBusiness }, "L1b"));

    [Theory]
    [InlineData(5, true)]
    [InlineData(4.9, false)]
    public void L1c_average_growth_five_percent(decimal growthPercent, bool expected)
    {
        var factor = 1 + growthPercent / 100;
        var facts = Giant with
        {
            MainBusinessRevenueThreeYearsAgoTenThousandYuan = 10_000, MainBusinessRevenuePreviousYearTenThousandYuan = 10_000 * factor,
            MainBusinessRevenueLastYearTenThousandYuan = 10_000 * factor * factor,
        };
        Assert.Equal(expected, Met(facts, "L1c"));
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(70.01, false)]
    public void L2c_debt_ratio_seventy(decimal ratio, bool expected) => Assert.Equal(expected, Met(Giant with { DebtToAssetRatioPercent = ratio }, "L2c"));

    [Theory]
    [InlineData(10, true)]
    [InlineData(9.99, false)]
    public void L3_national_share_ten_percent(decimal share, bool expected) => Assert.Equal(expected, Met(Giant with { MarketSharePercent = share }, "L3"));

    [Theory]
    [InlineData(10_000, 300, 330, true)]   // ≥ 1亿: 3% in both years
    [InlineData(10_000, 299, 330, false)]
    [InlineData(9_999, 600, 660, true)]    // 5000万–1亿: 6% in both years
    [InlineData(9_999, 599, 660, false)]
    [InlineData(5_000, 300, 660, true)]
    public void L4a_rd_intensity_by_revenue_band(decimal revenue, decimal rdLast, decimal rdPrevious, bool expected) =>
        Assert.Equal(expected, Met(Giant with
        {
            RevenueLastYearTenThousandYuan = revenue, MainBusinessRevenueLastYearTenThousandYuan = revenue,
            RdExpenseLastYearTenThousandYuan = rdLast, RdExpensePreviousYearTenThousandYuan = rdPrevious,
        }, "L4a"));

    [Theory]
    [InlineData(8000, 3000, 50, true)]
    [InlineData(7999, 3000, 50, false)]
    [InlineData(8000, 2999, 50, false)]
    [InlineData(8000, 3000, 49, false)]
    public void L4a_under_fifty_million_needs_financing_rd_and_staff(decimal equity, decimal rdTotal, int rdStaff, bool expected) =>
        Assert.Equal(expected, Met(Giant with
        {
            RevenueLastYearTenThousandYuan = 4000, MainBusinessRevenueLastYearTenThousandYuan = 4000, EquityFinancingLastTwoYearsTenThousandYuan = equity,
            RdExpenseLastYearTenThousandYuan = rdTotal / 2, RdExpensePreviousYearTenThousandYuan = rdTotal / 2, Employees = 100, RdStaff = rdStaff,
        }, "L4a"));

    [Theory]
    [InlineData(3, false, true)]
    [InlineData(4, false, false)]
    [InlineData(null, true, true)]
    public void Innovation_direct_conditions_waive_the_general_ones(int? nationalRank, bool makerTop50, bool expected)
    {
        var result = Run(Giant with { ClassIIpInUseCount = 0, RdInstitutionLevel = RdInstitutionLevel.None, NationalScienceAwardBestRank = nationalRank, InMakerChinaNationalTop50 = makerTop50 });
        Assert.Equal(expected, result.Eligible);
    }

    [Fact]
    public void The_gap_for_rd_names_the_tests_of_the_nearest_band()
    {
        // 5000万–1亿 band: last year's 5% misses 6% (one change); the ≥ 1亿 band would need 25% more revenue (one, farther change).
        var result = Run(Giant with
        {
            RevenueLastYearTenThousandYuan = 8000, MainBusinessRevenueLastYearTenThousandYuan = 7800, MainBusinessRevenuePreviousYearTenThousandYuan = 7000,
            MainBusinessRevenueThreeYearsAgoTenThousandYuan = 6000, RdExpenseLastYearTenThousandYuan = 400, RdExpensePreviousYearTenThousandYuan = 700,
        });
        Assert.False(result.Eligible);
        var gap = Assert.Single(result.Gaps);
        Assert.Equal("L4a", gap.RuleId);
        Assert.Equal("rdShareLastYearPercent", gap.Metric);
        Assert.Equal(6, gap.Target);
    }
}
