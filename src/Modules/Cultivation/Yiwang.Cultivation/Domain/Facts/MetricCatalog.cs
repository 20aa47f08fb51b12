using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Facts;

/// <summary>
/// How each figure named in a rule-set file is computed from <see cref="EnterpriseFacts"/>. The formulas live in code
/// (they are definitions, not thresholds); every threshold and band lives in the rule-set data.
/// </summary>
internal static class MetricCatalog
{
    private static readonly Metric[] Metrics =
    [
        M("yearsInNicheMarket", "从事特定细分市场年限", "Years in the niche market", MetricUnit.Years, f => f.YearsInNicheMarket, "yearsInNicheMarket"),
        M("revenueLastYearTenThousandYuan", "上年度营业收入", "Revenue last year", MetricUnit.TenThousandYuan, f => f.RevenueLastYearTenThousandYuan, "revenueLastYearTenThousandYuan"),
        M("rdExpenseLastYearTenThousandYuan", "上年度研发费用总额", "R&D expense last year", MetricUnit.TenThousandYuan, f => f.RdExpenseLastYearTenThousandYuan, "rdExpenseLastYearTenThousandYuan"),
        M("rdExpensePreviousYearTenThousandYuan", "前年研发费用总额", "R&D expense the year before last", MetricUnit.TenThousandYuan, f => f.RdExpensePreviousYearTenThousandYuan, "rdExpensePreviousYearTenThousandYuan"),
        M("rdExpenseAverageTwoYearsTenThousandYuan", "近两年研发费用总额均值", "Average R&D expense of the last two years", MetricUnit.TenThousandYuan,
            f => f.RdExpenseLastYearTenThousandYuan + f.RdExpensePreviousYearTenThousandYuan is { } sum ? sum / 2 : null,
            "rdExpenseLastYearTenThousandYuan", "rdExpensePreviousYearTenThousandYuan"),
        M("rdShareLastYearPercent", "上年度研发费用占营业收入比重", "R&D share of revenue last year", MetricUnit.Percent,
            f => Percent(f.RdExpenseLastYearTenThousandYuan, f.RevenueLastYearTenThousandYuan), "rdExpenseLastYearTenThousandYuan", "revenueLastYearTenThousandYuan"),
        M("rdSharePreviousYearPercent", "前年研发费用占营业收入比重", "R&D share of revenue the year before last", MetricUnit.Percent,
            f => Percent(f.RdExpensePreviousYearTenThousandYuan, f.RevenuePreviousYearTenThousandYuan), "rdExpensePreviousYearTenThousandYuan", "revenuePreviousYearTenThousandYuan"),
        M("equityFinancingLastTwoYearsTenThousandYuan", "近两年新增股权融资总额", "New equity financing in the last two years", MetricUnit.TenThousandYuan, f => f.EquityFinancingLastTwoYearsTenThousandYuan, "equityFinancingLastTwoYearsTenThousandYuan"),
        M("equityFinancingLastThreeYearsTenThousandYuan", "近三年新增股权融资总额", "New equity financing in the last three years", MetricUnit.TenThousandYuan, f => f.EquityFinancingLastThreeYearsTenThousandYuan, "equityFinancingLastThreeYearsTenThousandYuan"),
        M("mainBusinessShareLastYearPercent", "上年度主营业务收入占营业收入比重", "Main-business share of revenue last year", MetricUnit.Percent,
            f => Percent(f.MainBusinessRevenueLastYearTenThousandYuan, f.RevenueLastYearTenThousandYuan), "mainBusinessRevenueLastYearTenThousandYuan", "revenueLastYearTenThousandYuan"),
        M("mainBusinessGrowthLastYearPercent", "上年度主营业务收入增长率", "Main-business revenue growth last year", MetricUnit.Percent,
            f => Growth(f.MainBusinessRevenueLastYearTenThousandYuan, f.MainBusinessRevenuePreviousYearTenThousandYuan),
            "mainBusinessRevenueLastYearTenThousandYuan", "mainBusinessRevenuePreviousYearTenThousandYuan"),
        // 近2年主营业务收入平均增长率: the arithmetic mean of the two yearly growth rates (see cultivation-facts.md).
        M("mainBusinessAverageGrowthTwoYearsPercent", "近2年主营业务收入平均增长率", "Average main-business revenue growth of the last two years", MetricUnit.Percent,
            f => (Growth(f.MainBusinessRevenueLastYearTenThousandYuan, f.MainBusinessRevenuePreviousYearTenThousandYuan)
                + Growth(f.MainBusinessRevenuePreviousYearTenThousandYuan, f.MainBusinessRevenueThreeYearsAgoTenThousandYuan)) / 2,
            "mainBusinessRevenueLastYearTenThousandYuan", "mainBusinessRevenuePreviousYearTenThousandYuan", "mainBusinessRevenueThreeYearsAgoTenThousandYuan"),
        M("netProfitMarginLastYearPercent", "上年度净利率", "Net profit margin last year", MetricUnit.Percent,
            f => Percent(f.NetProfitLastYearTenThousandYuan, f.RevenueLastYearTenThousandYuan), "netProfitLastYearTenThousandYuan", "revenueLastYearTenThousandYuan"),
        M("debtToAssetRatioPercent", "上年末资产负债率", "Debt-to-asset ratio at the end of last year", MetricUnit.Percent, f => f.DebtToAssetRatioPercent, "debtToAssetRatioPercent"),
        M("rdStaffSharePercent", "研发人员占职工总数比重", "R&D staff share of employees", MetricUnit.Percent, f => Percent(f.RdStaff, f.Employees), "rdStaff", "employees"),
        M("ipGrade", "与主导产品相关的有效知识产权档次", "Grade of valid IP related to the main product", MetricUnit.Level, IpGrade,
            "highValueClassIIpCount", "selfDevelopedClassIIpCount", "classIIpCount", "classIIIpCount"),
        M("classIIpInUseCount", "实际应用并产生经济效益的Ⅰ类知识产权", "Class I IP in use and producing benefit", MetricUnit.Count, f => f.ClassIIpInUseCount, "classIIpInUseCount"),
        M("digitalLevel", "数字化水平", "Digital level", MetricUnit.Level, f => f.DigitalLevel, "digitalLevel"),
        M("qualityItemCount", "质量管理水平满足项数", "Quality-management items met", MetricUnit.Count, QualityItems,
            "hasProvincialQualityAward", "hasQualityManagementCertification", "hasOwnBrand", "tookPartInStandards"),
        M("mainProductFieldGrade", "主导产品所属领域档次", "Grade of the main product's field", MetricUnit.Level, f => (int?)f.MainProductField, "mainProductField"),
        M("mainProductInStrategicEmergingIndustry", "主导产品属于战略性新兴产业", "Main product in a strategic emerging industry", MetricUnit.Flag,
            f => Flag(f.MainProductInStrategicEmergingIndustry), "mainProductInStrategicEmergingIndustry"),
        M("rdInstitutionLevel", "研发机构级别", "Level of the R&D institution", MetricUnit.Level, f => (int?)f.RdInstitutionLevel, "rdInstitutionLevel"),
        M("provincialScienceAwardBestRank", "近三年省级科技奖励排名", "Rank in a provincial science award (last three years)", MetricUnit.Rank, f => f.ProvincialScienceAwardBestRank, "provincialScienceAwardBestRank"),
        M("nationalScienceAwardBestRank", "近三年国家级科技奖励排名", "Rank in a national science award (last three years)", MetricUnit.Rank, f => f.NationalScienceAwardBestRank, "nationalScienceAwardBestRank"),
        M("holdsInnovationHonour", "持有高新技术企业等有效荣誉", "Holds a valid high-tech or similar honour", MetricUnit.Flag, f => Flag(f.HoldsInnovationHonour), "holdsInnovationHonour"),
        M("inMakerChinaNationalTop500", "近三年进入创客中国全国500强", "In the Maker China national top 500 (last three years)", MetricUnit.Flag, f => Flag(f.InMakerChinaNationalTop500), "inMakerChinaNationalTop500"),
        M("localFeaturePoints", "地方特色指标得分", "Points of the provincial feature indicator", MetricUnit.Points, f => f.LocalFeaturePoints, "localFeaturePoints"),
        M("holdsInnovativeSmeTitle", "已获科技和创新型中小企业称号", "Holds the innovative SME title", MetricUnit.Flag, f => Flag(f.HoldsInnovativeSmeTitle), "holdsInnovativeSmeTitle"),
        M("mainProductMarketShareLeading", "主导产品市场占有率较为靠前", "Main product's market share is among the leaders", MetricUnit.Flag, f => Flag(f.MainProductMarketShareLeading), "mainProductMarketShareLeading"),
        M("rdExpenseTotalTwoYearsTenThousandYuan", "近两年研发费用合计", "Total R&D expense of the last two years", MetricUnit.TenThousandYuan,
            f => f.RdExpenseLastYearTenThousandYuan + f.RdExpensePreviousYearTenThousandYuan, "rdExpenseLastYearTenThousandYuan", "rdExpensePreviousYearTenThousandYuan"),
        M("revenueCompoundGrowthTwoYearsPercent", "近两年营业收入复合增长率", "Compound revenue growth of the last two years", MetricUnit.Percent,
            f => CompoundGrowth(f.RevenueLastYearTenThousandYuan, f.RevenueThreeYearsAgoTenThousandYuan), "revenueLastYearTenThousandYuan", "revenueThreeYearsAgoTenThousandYuan"),
        M("holdsSpecializedSmeTitle", "已获专精特新中小企业称号", "Holds the SRDI SME title", MetricUnit.Flag, f => Flag(f.HoldsSpecializedSmeTitle), "holdsSpecializedSmeTitle"),
        M("marketSharePercent", "主导产品细分市场占有率", "Niche market share of the main product", MetricUnit.Percent, f => f.MarketSharePercent, "marketSharePercent"),
        M("domesticMarketRank", "主导产品国内细分市场排名", "Domestic niche market rank of the main product", MetricUnit.Rank, f => f.DomesticMarketRank, "domesticMarketRank"),
        M("mainProductInLittleGiantField", "主导产品属于小巨人重点领域", "Main product in a little-giant key field", MetricUnit.Flag, f => Flag(f.MainProductInLittleGiantField), "mainProductInLittleGiantField"),
        M("atKeyIndustryChainLink", "位于产业链关键环节", "At a key link of the industry chain", MetricUnit.Flag, f => Flag(f.AtKeyIndustryChainLink), "atKeyIndustryChainLink"),
        M("hasCoreBusinessInformationSystem", "核心业务采用信息系统支撑", "Core business runs on an information system", MetricUnit.Flag, f => Flag(f.HasCoreBusinessInformationSystem), "hasCoreBusinessInformationSystem"),
        M("hasQualityManagementCertification", "取得管理体系认证", "Holds a management-system certification", MetricUnit.Flag, f => Flag(f.HasQualityManagementCertification), "hasQualityManagementCertification"),
        M("hasInternationalProductCertification", "产品通过发达国家和地区认证", "Products certified in developed countries or regions", MetricUnit.Flag, f => Flag(f.HasInternationalProductCertification), "hasInternationalProductCertification"),
        M("hasOwnBrand", "拥有自主品牌", "Has its own brand", MetricUnit.Flag, f => Flag(f.HasOwnBrand), "hasOwnBrand"),
        M("inMakerChinaNationalTop50", "近三年进入创客中国全国50强", "In the Maker China national top 50 (last three years)", MetricUnit.Flag, f => Flag(f.InMakerChinaNationalTop50), "inMakerChinaNationalTop50"),
        M("mainProductInManufacturingOrNetworkPowerField", "主导产品属于制造强国/网络强国重点领域", "Main product in a manufacturing or network power key field", MetricUnit.Flag,
            f => Flag(f.MainProductInManufacturingOrNetworkPowerField), "mainProductInManufacturingOrNetworkPowerField"),
        M("developmentEvaluationScore", "本年度专精特新发展评价得分", "This year's SRDI development evaluation score", MetricUnit.Points, f => f.DevelopmentEvaluationScore, "developmentEvaluationScore"),
    ];

    private static readonly Dictionary<string, Metric> ById = Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public static IReadOnlyList<Metric> All => Metrics;

    public static Metric? Find(string id) => ById.GetValueOrDefault(id);

    public static Metric Get(string id) => ById[id];

    private static Metric M(string id, string zh, string en, MetricUnit unit, Func<EnterpriseFacts, decimal?> compute, params string[] facts) =>
        new(id, new Bilingual(zh, en), unit, facts, compute);

    private static decimal? Percent(decimal? part, decimal? whole) => part is { } p && whole is { } w && w > 0 ? p * 100 / w : null;

    private static decimal? Growth(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p && p > 0 ? (c - p) * 100 / p : null;

    // (last ÷ three years ago)^(1/2) − 1 in decimal; rounded to 10 places so an exact 5% is not lost to the square root's last digit.
    private static decimal? CompoundGrowth(decimal? last, decimal? threeYearsAgo) =>
        last is { } l && threeYearsAgo is { } t && t > 0 ? decimal.Round((Sqrt(l / t) - 1) * 100, 10) : null;

    private static decimal Sqrt(decimal value)
    {
        if (value <= 0) return 0;
        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 4; i++) x = (x + value / x) / 2;
        return x;
    }

    private static decimal? Flag(bool? value) => value is null ? null : value.Value ? 1 : 0;

    // 63号 附件2 indicator 10 grades: Ⅰ类高价值 4 > 自主研发Ⅰ类 3 > Ⅰ类 2 > Ⅱ类 1 > 无 0.
    private static decimal? IpGrade(EnterpriseFacts f)
    {
        if (f.HighValueClassIIpCount is null && f.SelfDevelopedClassIIpCount is null && f.ClassIIpCount is null && f.ClassIIIpCount is null) return null;
        if (f.HighValueClassIIpCount > 0) return 4;
        if (f.SelfDevelopedClassIIpCount > 0) return 3;
        if (f.ClassIIpCount > 0) return 2;
        return f.ClassIIIpCount > 0 ? 1 : 0;
    }

    private static decimal? QualityItems(EnterpriseFacts f)
    {
        bool?[] items = [f.HasProvincialQualityAward, f.HasQualityManagementCertification, f.HasOwnBrand, f.TookPartInStandards];
        return items.All(i => i is null) ? null : items.Count(i => i == true);
    }
}
