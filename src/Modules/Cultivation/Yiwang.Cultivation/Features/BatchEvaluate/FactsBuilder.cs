using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// A batch row's facts, set cell by cell and turned into one <see cref="EnterpriseFacts"/> at the end: a <c>with</c>
/// copy of the 45-field record per cell cost about a quarter of a row (docs/performance.md, issue 4).
/// </summary>
internal sealed class FactsBuilder
{
    public decimal? YearsInNicheMarket { get; set; }

    public decimal? RevenueLastYearTenThousandYuan { get; set; }

    public decimal? RevenuePreviousYearTenThousandYuan { get; set; }

    public decimal? MainBusinessRevenueLastYearTenThousandYuan { get; set; }

    public decimal? MainBusinessRevenuePreviousYearTenThousandYuan { get; set; }

    public decimal? MainBusinessRevenueThreeYearsAgoTenThousandYuan { get; set; }

    public decimal? RdExpenseLastYearTenThousandYuan { get; set; }

    public decimal? RdExpensePreviousYearTenThousandYuan { get; set; }

    public decimal? NetProfitLastYearTenThousandYuan { get; set; }

    public decimal? DebtToAssetRatioPercent { get; set; }

    public int? Employees { get; set; }

    public int? RdStaff { get; set; }

    public decimal? EquityFinancingLastTwoYearsTenThousandYuan { get; set; }

    public decimal? EquityFinancingLastThreeYearsTenThousandYuan { get; set; }

    public int? HighValueClassIIpCount { get; set; }

    public int? SelfDevelopedClassIIpCount { get; set; }

    public int? ClassIIpCount { get; set; }

    public int? ClassIIIpCount { get; set; }

    public int? ClassIIpInUseCount { get; set; }

    public int? DigitalLevel { get; set; }

    public bool? HasProvincialQualityAward { get; set; }

    public bool? HasQualityManagementCertification { get; set; }

    public bool? HasOwnBrand { get; set; }

    public bool? TookPartInStandards { get; set; }

    public MainProductField? MainProductField { get; set; }

    public bool? MainProductInStrategicEmergingIndustry { get; set; }

    public RdInstitutionLevel? RdInstitutionLevel { get; set; }

    public int? ProvincialScienceAwardBestRank { get; set; }

    public int? NationalScienceAwardBestRank { get; set; }

    public bool? HoldsInnovationHonour { get; set; }

    public bool? InMakerChinaNationalTop500 { get; set; }

    public decimal? LocalFeaturePoints { get; set; }

    public bool? HoldsInnovativeSmeTitle { get; set; }

    public bool? MainProductMarketShareLeading { get; set; }

    public decimal? RevenueThreeYearsAgoTenThousandYuan { get; set; }

    public bool? HoldsSpecializedSmeTitle { get; set; }

    public decimal? MarketSharePercent { get; set; }

    public int? DomesticMarketRank { get; set; }

    public bool? MainProductInLittleGiantField { get; set; }

    public bool? AtKeyIndustryChainLink { get; set; }

    public bool? HasCoreBusinessInformationSystem { get; set; }

    public bool? HasInternationalProductCertification { get; set; }

    public bool? InMakerChinaNationalTop50 { get; set; }

    public bool? MainProductInManufacturingOrNetworkPowerField { get; set; }

    public decimal? DevelopmentEvaluationScore { get; set; }

    /// <summary>A builder holding the facts so far (for callers that set cells one at a time on a record).</summary>
    public static FactsBuilder From(EnterpriseFacts facts) => new()
    {
        YearsInNicheMarket = facts.YearsInNicheMarket,
        RevenueLastYearTenThousandYuan = facts.RevenueLastYearTenThousandYuan,
        RevenuePreviousYearTenThousandYuan = facts.RevenuePreviousYearTenThousandYuan,
        MainBusinessRevenueLastYearTenThousandYuan = facts.MainBusinessRevenueLastYearTenThousandYuan,
        MainBusinessRevenuePreviousYearTenThousandYuan = facts.MainBusinessRevenuePreviousYearTenThousandYuan,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = facts.MainBusinessRevenueThreeYearsAgoTenThousandYuan,
        RdExpenseLastYearTenThousandYuan = facts.RdExpenseLastYearTenThousandYuan,
        RdExpensePreviousYearTenThousandYuan = facts.RdExpensePreviousYearTenThousandYuan,
        NetProfitLastYearTenThousandYuan = facts.NetProfitLastYearTenThousandYuan,
        DebtToAssetRatioPercent = facts.DebtToAssetRatioPercent,
        Employees = facts.Employees,
        RdStaff = facts.RdStaff,
        EquityFinancingLastTwoYearsTenThousandYuan = facts.EquityFinancingLastTwoYearsTenThousandYuan,
        EquityFinancingLastThreeYearsTenThousandYuan = facts.EquityFinancingLastThreeYearsTenThousandYuan,
        HighValueClassIIpCount = facts.HighValueClassIIpCount,
        SelfDevelopedClassIIpCount = facts.SelfDevelopedClassIIpCount,
        ClassIIpCount = facts.ClassIIpCount,
        ClassIIIpCount = facts.ClassIIIpCount,
        ClassIIpInUseCount = facts.ClassIIpInUseCount,
        DigitalLevel = facts.DigitalLevel,
        HasProvincialQualityAward = facts.HasProvincialQualityAward,
        HasQualityManagementCertification = facts.HasQualityManagementCertification,
        HasOwnBrand = facts.HasOwnBrand,
        TookPartInStandards = facts.TookPartInStandards,
        MainProductField = facts.MainProductField,
        MainProductInStrategicEmergingIndustry = facts.MainProductInStrategicEmergingIndustry,
        RdInstitutionLevel = facts.RdInstitutionLevel,
        ProvincialScienceAwardBestRank = facts.ProvincialScienceAwardBestRank,
        NationalScienceAwardBestRank = facts.NationalScienceAwardBestRank,
        HoldsInnovationHonour = facts.HoldsInnovationHonour,
        InMakerChinaNationalTop500 = facts.InMakerChinaNationalTop500,
        LocalFeaturePoints = facts.LocalFeaturePoints,
        HoldsInnovativeSmeTitle = facts.HoldsInnovativeSmeTitle,
        MainProductMarketShareLeading = facts.MainProductMarketShareLeading,
        RevenueThreeYearsAgoTenThousandYuan = facts.RevenueThreeYearsAgoTenThousandYuan,
        HoldsSpecializedSmeTitle = facts.HoldsSpecializedSmeTitle,
        MarketSharePercent = facts.MarketSharePercent,
        DomesticMarketRank = facts.DomesticMarketRank,
        MainProductInLittleGiantField = facts.MainProductInLittleGiantField,
        AtKeyIndustryChainLink = facts.AtKeyIndustryChainLink,
        HasCoreBusinessInformationSystem = facts.HasCoreBusinessInformationSystem,
        HasInternationalProductCertification = facts.HasInternationalProductCertification,
        InMakerChinaNationalTop50 = facts.InMakerChinaNationalTop50,
        MainProductInManufacturingOrNetworkPowerField = facts.MainProductInManufacturingOrNetworkPowerField,
        DevelopmentEvaluationScore = facts.DevelopmentEvaluationScore,
    };

    /// <summary>Back to "nothing reported", for the next row.</summary>
    public void Clear()
    {
        YearsInNicheMarket = null;
        RevenueLastYearTenThousandYuan = null;
        RevenuePreviousYearTenThousandYuan = null;
        MainBusinessRevenueLastYearTenThousandYuan = null;
        MainBusinessRevenuePreviousYearTenThousandYuan = null;
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = null;
        RdExpenseLastYearTenThousandYuan = null;
        RdExpensePreviousYearTenThousandYuan = null;
        NetProfitLastYearTenThousandYuan = null;
        DebtToAssetRatioPercent = null;
        Employees = null;
        RdStaff = null;
        EquityFinancingLastTwoYearsTenThousandYuan = null;
        EquityFinancingLastThreeYearsTenThousandYuan = null;
        HighValueClassIIpCount = null;
        SelfDevelopedClassIIpCount = null;
        ClassIIpCount = null;
        ClassIIIpCount = null;
        ClassIIpInUseCount = null;
        DigitalLevel = null;
        HasProvincialQualityAward = null;
        HasQualityManagementCertification = null;
        HasOwnBrand = null;
        TookPartInStandards = null;
        MainProductField = null;
        MainProductInStrategicEmergingIndustry = null;
        RdInstitutionLevel = null;
        ProvincialScienceAwardBestRank = null;
        NationalScienceAwardBestRank = null;
        HoldsInnovationHonour = null;
        InMakerChinaNationalTop500 = null;
        LocalFeaturePoints = null;
        HoldsInnovativeSmeTitle = null;
        MainProductMarketShareLeading = null;
        RevenueThreeYearsAgoTenThousandYuan = null;
        HoldsSpecializedSmeTitle = null;
        MarketSharePercent = null;
        DomesticMarketRank = null;
        MainProductInLittleGiantField = null;
        AtKeyIndustryChainLink = null;
        HasCoreBusinessInformationSystem = null;
        HasInternationalProductCertification = null;
        InMakerChinaNationalTop50 = null;
        MainProductInManufacturingOrNetworkPowerField = null;
        DevelopmentEvaluationScore = null;
    }

    public EnterpriseFacts Build() => new()
    {
        YearsInNicheMarket = YearsInNicheMarket,
        RevenueLastYearTenThousandYuan = RevenueLastYearTenThousandYuan,
        RevenuePreviousYearTenThousandYuan = RevenuePreviousYearTenThousandYuan,
        MainBusinessRevenueLastYearTenThousandYuan = MainBusinessRevenueLastYearTenThousandYuan,
        MainBusinessRevenuePreviousYearTenThousandYuan = MainBusinessRevenuePreviousYearTenThousandYuan,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = MainBusinessRevenueThreeYearsAgoTenThousandYuan,
        RdExpenseLastYearTenThousandYuan = RdExpenseLastYearTenThousandYuan,
        RdExpensePreviousYearTenThousandYuan = RdExpensePreviousYearTenThousandYuan,
        NetProfitLastYearTenThousandYuan = NetProfitLastYearTenThousandYuan,
        DebtToAssetRatioPercent = DebtToAssetRatioPercent,
        Employees = Employees,
        RdStaff = RdStaff,
        EquityFinancingLastTwoYearsTenThousandYuan = EquityFinancingLastTwoYearsTenThousandYuan,
        EquityFinancingLastThreeYearsTenThousandYuan = EquityFinancingLastThreeYearsTenThousandYuan,
        HighValueClassIIpCount = HighValueClassIIpCount,
        SelfDevelopedClassIIpCount = SelfDevelopedClassIIpCount,
        ClassIIpCount = ClassIIpCount,
        ClassIIIpCount = ClassIIIpCount,
        ClassIIpInUseCount = ClassIIpInUseCount,
        DigitalLevel = DigitalLevel,
        HasProvincialQualityAward = HasProvincialQualityAward,
        HasQualityManagementCertification = HasQualityManagementCertification,
        HasOwnBrand = HasOwnBrand,
        TookPartInStandards = TookPartInStandards,
        MainProductField = MainProductField,
        MainProductInStrategicEmergingIndustry = MainProductInStrategicEmergingIndustry,
        RdInstitutionLevel = RdInstitutionLevel,
        ProvincialScienceAwardBestRank = ProvincialScienceAwardBestRank,
        NationalScienceAwardBestRank = NationalScienceAwardBestRank,
        HoldsInnovationHonour = HoldsInnovationHonour,
        InMakerChinaNationalTop500 = InMakerChinaNationalTop500,
        LocalFeaturePoints = LocalFeaturePoints,
        HoldsInnovativeSmeTitle = HoldsInnovativeSmeTitle,
        MainProductMarketShareLeading = MainProductMarketShareLeading,
        RevenueThreeYearsAgoTenThousandYuan = RevenueThreeYearsAgoTenThousandYuan,
        HoldsSpecializedSmeTitle = HoldsSpecializedSmeTitle,
        MarketSharePercent = MarketSharePercent,
        DomesticMarketRank = DomesticMarketRank,
        MainProductInLittleGiantField = MainProductInLittleGiantField,
        AtKeyIndustryChainLink = AtKeyIndustryChainLink,
        HasCoreBusinessInformationSystem = HasCoreBusinessInformationSystem,
        HasInternationalProductCertification = HasInternationalProductCertification,
        InMakerChinaNationalTop50 = InMakerChinaNationalTop50,
        MainProductInManufacturingOrNetworkPowerField = MainProductInManufacturingOrNetworkPowerField,
        DevelopmentEvaluationScore = DevelopmentEvaluationScore,
    };
}
