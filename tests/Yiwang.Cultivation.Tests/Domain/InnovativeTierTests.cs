using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Tests.Domain;

public sealed class InnovativeTierTests
{
    private static decimal Points(string indicator, EnterpriseFacts facts) => Eval.Points(Eval.Rules2022, "innovative", indicator, facts);

    [Theory]
    [InlineData(50, 20)]
    [InlineData(49.9, 15)]
    [InlineData(30, 15)]
    [InlineData(20, 10)]
    [InlineData(10, 5)]
    [InlineData(9.9, 0)]
    public void I2_rd_share(decimal rd, decimal expected) => Assert.Equal(expected, Points("I2", new() { RdExpenseLastYearTenThousandYuan = rd, RevenueLastYearTenThousandYuan = 1000 }));

    [Theory]
    [InlineData(115, 20)]
    [InlineData(114.9, 15)]
    [InlineData(110, 15)]
    [InlineData(105, 10)]
    [InlineData(100, 5)]
    [InlineData(99.9, 0)]
    public void I3_growth(decimal last, decimal expected) =>
        Assert.Equal(expected, Points("I3", new() { MainBusinessRevenueLastYearTenThousandYuan = last, MainBusinessRevenuePreviousYearTenThousandYuan = 100 }));

    [Theory]
    [InlineData(55, 10)]
    [InlineData(55.01, 5)]
    [InlineData(75, 5)]
    [InlineData(75.01, 0)]
    public void I4_debt_ratio(decimal ratio, decimal expected) => Assert.Equal(expected, Points("I4", new() { DebtToAssetRatioPercent = ratio }));

    [Theory]
    [InlineData(true, 10)]
    [InlineData(false, 5)]
    public void I5_strategic_emerging_field(bool inField, decimal expected) => Assert.Equal(expected, Points("I5", new() { MainProductInStrategicEmergingIndustry = inField }));

    [Theory]
    [InlineData(700, 20)]
    [InlineData(699, 15)]
    [InlineData(600, 15)]
    [InlineData(550, 10)]
    [InlineData(500, 5)]
    [InlineData(499, 0)]
    public void I6_main_business_share(decimal mainBusiness, decimal expected) =>
        Assert.Equal(expected, Points("I6", new() { MainBusinessRevenueLastYearTenThousandYuan = mainBusiness, RevenueLastYearTenThousandYuan = 1000 }));

    [Theory]
    [InlineData(1, 0, 0, 0, 20)]
    [InlineData(0, 1, 1, 0, 15)]
    [InlineData(0, 0, 1, 0, 10)]
    [InlineData(0, 0, 0, 1, 5)]
    [InlineData(0, 0, 0, 0, 0)]
    public void I1_ip_grade(int highValue, int selfDeveloped, int classI, int classII, decimal expected) =>
        Assert.Equal(expected, Points("I1", new() { HighValueClassIIpCount = highValue, SelfDevelopedClassIIpCount = selfDeveloped, ClassIIpCount = Math.Max(classI, highValue), ClassIIIpCount = classII }));

    [Fact]
    public void Sixty_points_are_not_enough_without_the_category_minimums()
    {
        // Innovation 10 (< 20), growth 30, specialization 30: total 70 but not eligible.
        var facts = new EnterpriseFacts
        {
            ClassIIIpCount = 1, RevenueLastYearTenThousandYuan = 1000, RdExpenseLastYearTenThousandYuan = 10,
            MainBusinessRevenueLastYearTenThousandYuan = 800, MainBusinessRevenuePreviousYearTenThousandYuan = 600, DebtToAssetRatioPercent = 40,
            MainProductInStrategicEmergingIndustry = true,
        };
        var result = Eval.Run(Eval.Rules2022, "innovative", facts);
        Assert.Equal(70, result.Score!.Total);
        Assert.False(result.Score.Passed);
        Assert.False(result.Eligible);
        Assert.Contains(result.Gaps, g => g.Kind == "score" && g.RuleId is ("I1" or "I2"));
    }

    [Fact]
    public void A_valid_high_tech_honour_is_a_direct_path()
    {
        var result = Eval.Run(Eval.Rules2022, "innovative", new EnterpriseFacts { HoldsInnovationHonour = true });
        Assert.True(result.Eligible);
        Assert.Equal("ID2", result.AppliedDirectCondition);
    }

    [Fact]
    public void The_2026_first_tier_keeps_the_2022_table_and_says_so()
    {
        var result = Eval.Run(Eval.Rules2026, "innovative", Eval.Strong);
        Assert.Equal("科技和创新型中小企业", result.TierName.Zh);
        Assert.Equal(Eval.Run(Eval.Rules2022, "innovative", Eval.Strong).Score!.Total, result.Score!.Total);
        Assert.Contains(result.Notes, n => n.Zh.Contains("第三十条", StringComparison.Ordinal));
    }
}
