using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Tests.Domain;

/// <summary>Every band edge of 63号 附件2: a value on the edge scores in the better band (以上/以下含本数).</summary>
public sealed class SpecializedBands2022Tests
{
    private static decimal Points(string indicator, EnterpriseFacts facts) => Eval.Points(Eval.Rules2022, "specialized", indicator, facts);

    [Theory]
    [InlineData(800, 5)]
    [InlineData(799.9, 3)]
    [InlineData(700, 3)]
    [InlineData(699.9, 1)]
    [InlineData(600, 1)]
    [InlineData(599.9, 0)]
    public void S1_main_business_share(decimal mainBusiness, decimal expected) =>
        Assert.Equal(expected, Points("S1", new() { RevenueLastYearTenThousandYuan = 1000, MainBusinessRevenueLastYearTenThousandYuan = mainBusiness }));

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9.9, 8)]
    [InlineData(8, 8)]
    [InlineData(7.9, 6)]
    [InlineData(6, 6)]
    [InlineData(5.9, 4)]
    [InlineData(4, 4)]
    [InlineData(3.9, 2)]
    [InlineData(0, 2)]
    [InlineData(-0.1, 0)]
    public void S2_average_growth_of_two_years(decimal growthPercent, decimal expected)
    {
        // The same growth in both years, so the average is exactly that growth.
        var factor = 1 + growthPercent / 100;
        var facts = new EnterpriseFacts
        {
            MainBusinessRevenueThreeYearsAgoTenThousandYuan = 10_000,
            MainBusinessRevenuePreviousYearTenThousandYuan = 10_000 * factor,
            MainBusinessRevenueLastYearTenThousandYuan = 10_000 * factor * factor,
        };
        Assert.Equal(expected, Points("S2", facts));
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(9.9, 4)]
    [InlineData(8, 4)]
    [InlineData(6, 3)]
    [InlineData(4, 2)]
    [InlineData(2, 1)]
    [InlineData(1.9, 0)]
    public void S3_years_in_niche_one_point_per_two_years(decimal years, decimal expected) =>
        Assert.Equal(expected, Points("S3", new() { YearsInNicheMarket = years }));

    [Theory]
    [InlineData(2, 5)]
    [InlineData(1, 3)]
    [InlineData(0, 0)]
    public void S4_main_product_field(int field, decimal expected) =>
        Assert.Equal(expected, Points("S4", new() { MainProductField = (MainProductField)field }));

    [Theory]
    [InlineData(4, 5)]
    [InlineData(3, 5)]
    [InlineData(2, 3)]
    [InlineData(1, 0)]
    public void S5_digital_level(int level, decimal expected) => Assert.Equal(expected, Points("S5", new() { DigitalLevel = level }));

    [Theory]
    [InlineData(false, false, false, false, 0)]
    [InlineData(true, false, false, false, 3)]
    [InlineData(false, true, true, false, 5)]
    [InlineData(true, true, true, true, 5)]
    public void S6_quality_three_points_per_item_at_most_five(bool award, bool iso, bool brand, bool standards, decimal expected) =>
        Assert.Equal(expected, Points("S6", new() { HasProvincialQualityAward = award, HasQualityManagementCertification = iso, HasOwnBrand = brand, TookPartInStandards = standards }));

    [Theory]
    [InlineData(100, 10)]
    [InlineData(99.9, 8)]
    [InlineData(80, 8)]
    [InlineData(60, 6)]
    [InlineData(40, 4)]
    [InlineData(20, 2)]
    [InlineData(19.9, 0)]
    [InlineData(-50, 0)]
    public void S7_net_profit_margin(decimal profit, decimal expected) =>
        Assert.Equal(expected, Points("S7", new() { RevenueLastYearTenThousandYuan = 1000, NetProfitLastYearTenThousandYuan = profit }));

    [Theory]
    [InlineData(50, 5)]
    [InlineData(50.01, 3)]
    [InlineData(60, 3)]
    [InlineData(60.01, 1)]
    [InlineData(70, 1)]
    [InlineData(70.01, 0)]
    public void S8_debt_ratio_lower_is_better(decimal ratio, decimal expected) => Assert.Equal(expected, Points("S8", new() { DebtToAssetRatioPercent = ratio }));

    [Theory]
    [InlineData(15, 15)]
    [InlineData(7.5, 7.5)]
    public void S9_provincial_points_are_taken_as_reported(decimal points, decimal expected) => Assert.Equal(expected, Points("S9", new() { LocalFeaturePoints = points }));

    [Theory]
    [InlineData(1, 1, 1, 1, 10)]
    [InlineData(0, 1, 1, 0, 8)]
    [InlineData(0, 0, 1, 0, 6)]
    [InlineData(0, 0, 0, 1, 2)]
    [InlineData(0, 0, 0, 0, 0)]
    public void S10_ip_grade(int highValue, int selfDeveloped, int classI, int classII, decimal expected) =>
        Assert.Equal(expected, Points("S10", new() { HighValueClassIIpCount = highValue, SelfDevelopedClassIIpCount = selfDeveloped, ClassIIpCount = classI, ClassIIIpCount = classII }));

    [Theory]
    [InlineData(500, 100_000, 10)]
    [InlineData(499.99, 100_000, 8)]
    [InlineData(400, 100_000, 8)]
    [InlineData(300, 100_000, 6)]
    [InlineData(200, 100_000, 4)]
    [InlineData(100, 100_000, 2)]
    [InlineData(99.99, 100_000, 0)]
    [InlineData(100, 1000, 10)]
    [InlineData(80, 1000, 8)]
    [InlineData(60, 1000, 6)]
    [InlineData(80, 2000, 4)]
    [InlineData(60, 2000, 2)]
    [InlineData(59.9, 2000, 0)]
    public void S11_rd_by_amount_or_share_whichever_is_better(decimal rd, decimal revenue, decimal expected) =>
        Assert.Equal(expected, Points("S11", new() { RdExpenseLastYearTenThousandYuan = rd, RevenueLastYearTenThousandYuan = revenue }));

    [Theory]
    [InlineData(20, 5)]
    [InlineData(19, 3)]
    [InlineData(10, 3)]
    [InlineData(9, 1)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]
    public void S12_rd_staff_share(int rdStaff, decimal expected) => Assert.Equal(expected, Points("S12", new() { Employees = 100, RdStaff = rdStaff }));

    [Theory]
    [InlineData(4, 10)]
    [InlineData(3, 8)]
    [InlineData(2, 4)]
    [InlineData(1, 2)]
    [InlineData(0, 0)]
    public void S13_rd_institution(int level, decimal expected) => Assert.Equal(expected, Points("S13", new() { RdInstitutionLevel = (RdInstitutionLevel)level }));
}
