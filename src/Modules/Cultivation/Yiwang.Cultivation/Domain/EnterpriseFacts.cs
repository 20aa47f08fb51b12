using System.Text.Json.Serialization;

namespace Yiwang.Cultivation.Domain;

/// <summary>
/// The canonical facts an enterprise reports for 梯度培育 evaluation, documented in docs/user-guide/cultivation-facts.md.
/// Every field is nullable: an enterprise may leave out what it does not have, and a rule that needs a missing fact
/// says so instead of guessing. "Last year" (上年度) is the full calendar year before the evaluation.
/// </summary>
internal sealed record EnterpriseFacts
{
    /// <summary>从事特定细分市场年限, whole or part years to the end of last year.</summary>
    public decimal? YearsInNicheMarket { get; init; }

    /// <summary>营业收入 (operating revenue), last year.</summary>
    public decimal? RevenueLastYearTenThousandYuan { get; init; }

    /// <summary>营业收入, the year before last.</summary>
    public decimal? RevenuePreviousYearTenThousandYuan { get; init; }

    /// <summary>主营业务收入, last year.</summary>
    public decimal? MainBusinessRevenueLastYearTenThousandYuan { get; init; }

    /// <summary>主营业务收入, the year before last.</summary>
    public decimal? MainBusinessRevenuePreviousYearTenThousandYuan { get; init; }

    /// <summary>主营业务收入, three years back (needed for 近2年平均增长率).</summary>
    public decimal? MainBusinessRevenueThreeYearsAgoTenThousandYuan { get; init; }

    /// <summary>研发费用总额, last year.</summary>
    public decimal? RdExpenseLastYearTenThousandYuan { get; init; }

    /// <summary>研发费用总额, the year before last.</summary>
    public decimal? RdExpensePreviousYearTenThousandYuan { get; init; }

    /// <summary>净利润, last year (for 净利率).</summary>
    public decimal? NetProfitLastYearTenThousandYuan { get; init; }

    /// <summary>资产负债率 at the end of last year, in percent (55 means 55%).</summary>
    public decimal? DebtToAssetRatioPercent { get; init; }

    /// <summary>职工总数 (all employees).</summary>
    public int? Employees { get; init; }

    /// <summary>研发人员.</summary>
    public int? RdStaff { get; init; }

    /// <summary>近2年新增股权融资总额, paid in by qualified institutional investors.</summary>
    public decimal? EquityFinancingLastTwoYearsTenThousandYuan { get; init; }

    /// <summary>近3年新增股权融资总额, paid in by qualified institutional investors.</summary>
    public decimal? EquityFinancingLastThreeYearsTenThousandYuan { get; init; }

    /// <summary>Ⅰ类高价值知识产权 related to the main product, in force.</summary>
    public int? HighValueClassIIpCount { get; init; }

    /// <summary>自主研发 Ⅰ类知识产权 related to the main product, in force.</summary>
    public int? SelfDevelopedClassIIpCount { get; init; }

    /// <summary>All Ⅰ类知识产权 related to the main product, in force.</summary>
    public int? ClassIIpCount { get; init; }

    /// <summary>Ⅱ类知识产权 related to the main product, in force.</summary>
    public int? ClassIIIpCount { get; init; }

    /// <summary>Ⅰ类知识产权 in actual use and producing economic benefit, not transferred in (2026 rules).</summary>
    public int? ClassIIpInUseCount { get; init; }

    /// <summary>数字化水平 level 1–4 from the 《中小企业数字化水平评测指标》 assessment.</summary>
    public int? DigitalLevel { get; init; }

    /// <summary>获得省级以上质量奖荣誉.</summary>
    public bool? HasProvincialQualityAward { get; init; }

    /// <summary>建立质量管理体系并获得 ISO 9001 等认证.</summary>
    public bool? HasQualityManagementCertification { get; init; }

    /// <summary>拥有自主品牌.</summary>
    public bool? HasOwnBrand { get; init; }

    /// <summary>参与制修订标准.</summary>
    public bool? TookPartInStandards { get; init; }

    /// <summary>主导产品所属领域 as the 2022 专精特新 scoring grades it.</summary>
    public MainProductField? MainProductField { get; init; }

    /// <summary>主导产品属于《战略性新兴产业分类》 (创新型 scoring).</summary>
    public bool? MainProductInStrategicEmergingIndustry { get; init; }

    /// <summary>The highest level of research institution the enterprise has set up (研发机构级别).</summary>
    public RdInstitutionLevel? RdInstitutionLevel { get; init; }

    /// <summary>Best rank among the winning units of a provincial 科技奖励 in the last three years; null when none.</summary>
    public int? ProvincialScienceAwardBestRank { get; init; }

    /// <summary>Best rank among the winning units of a national 科技奖励 in the last three years; null when none.</summary>
    public int? NationalScienceAwardBestRank { get; init; }

    /// <summary>Holds a valid 高新技术企业, 国家级技术创新示范企业, 知识产权优势/示范企业 or similar honour.</summary>
    public bool? HoldsInnovationHonour { get; init; }

    /// <summary>Entered the national 500 强 list of the 创客中国 contest in the last three years.</summary>
    public bool? InMakerChinaNationalTop500 { get; init; }

    /// <summary>Points of the provincial 特色化 indicator (0–15), set by the province's own rules.</summary>
    public decimal? LocalFeaturePoints { get; init; }

    /// <summary>Already holds the 创新型 / 科技和创新型中小企业 title (2026 prerequisite).</summary>
    public bool? HoldsInnovativeSmeTitle { get; init; }

    /// <summary>Declares that the main product's market share is 较为靠前 (2026; no numeric threshold exists).</summary>
    public bool? MainProductMarketShareLeading { get; init; }

    /// <summary>营业收入 three years back (for the 2026 小巨人 近两年营业收入复合增长率).</summary>
    public decimal? RevenueThreeYearsAgoTenThousandYuan { get; init; }

    /// <summary>Already holds the 专精特新中小企业 title (2026 小巨人 prerequisite).</summary>
    public bool? HoldsSpecializedSmeTitle { get; init; }

    /// <summary>主导产品国内或国际细分市场占有率, in percent.</summary>
    public decimal? MarketSharePercent { get; init; }

    /// <summary>主导产品国内细分市场排名; null when not known or not ranked.</summary>
    public int? DomesticMarketRank { get; init; }

    /// <summary>主导产品属于核心基础零部件/元器件、关键软件、先进基础工艺、关键基础材料、产业技术基础, or 改造提升传统/培育壮大新兴/建设未来产业.</summary>
    public bool? MainProductInLittleGiantField { get; init; }

    /// <summary>主导产品位于产业链关键环节.</summary>
    public bool? AtKeyIndustryChainLink { get; init; }

    /// <summary>At least one core business (研发设计、生产制造、供应链管理等) runs on an information system (2022 小巨人).</summary>
    public bool? HasCoreBusinessInformationSystem { get; init; }

    /// <summary>Products certified in developed countries or regions (国际标准协会行业认证) (2022 小巨人).</summary>
    public bool? HasInternationalProductCertification { get; init; }

    /// <summary>Entered the national 50 强 list of the 创客中国 contest in the last three years (2022 小巨人).</summary>
    public bool? InMakerChinaNationalTop50 { get; init; }

    /// <summary>主导产品属于制造业核心基础领域、制造强国十大重点产业领域或网络强国相关领域 (2022 小巨人).</summary>
    public bool? MainProductInManufacturingOrNetworkPowerField { get; init; }

    /// <summary>This year's 中小企业专精特新发展评价 score as computed by the national 培育平台 (2026 rules).</summary>
    public decimal? DevelopmentEvaluationScore { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MainProductField>))]
internal enum MainProductField
{
    /// <summary>其他领域.</summary>
    Other = 0,

    /// <summary>属于工业"六基"领域、中华老字号名录或主导产品服务关键产业链重点龙头企业.</summary>
    SixFoundationsOrTimeHonouredOrChainLeaderSupplier = 1,

    /// <summary>在产业链供应链关键环节及关键领域"补短板""锻长板""填空白"取得实际成效.</summary>
    KeyChainLinkResults = 2,
}

[JsonConverter(typeof(JsonStringEnumConverter<RdInstitutionLevel>))]
internal enum RdInstitutionLevel
{
    None = 0,
    BelowCity = 1,
    City = 2,
    Provincial = 3,
    National = 4,
}
