namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// Whether a fact carries a value, by its JSON name (the names the API and the CSV columns use). The full evaluation finds
/// the reported names by serialising the facts; the batch asks per name instead, which costs nothing per row. A test
/// keeps this table equal to the serialised names.
/// </summary>
internal static class FactPresence
{
    private static readonly Dictionary<string, Func<EnterpriseFacts, bool>> Reported = new(StringComparer.Ordinal)
    {
        ["yearsInNicheMarket"] = f => f.YearsInNicheMarket is not null,
        ["revenueLastYearTenThousandYuan"] = f => f.RevenueLastYearTenThousandYuan is not null,
        ["revenuePreviousYearTenThousandYuan"] = f => f.RevenuePreviousYearTenThousandYuan is not null,
        ["mainBusinessRevenueLastYearTenThousandYuan"] = f => f.MainBusinessRevenueLastYearTenThousandYuan is not null,
        ["mainBusinessRevenuePreviousYearTenThousandYuan"] = f => f.MainBusinessRevenuePreviousYearTenThousandYuan is not null,
        ["mainBusinessRevenueThreeYearsAgoTenThousandYuan"] = f => f.MainBusinessRevenueThreeYearsAgoTenThousandYuan is not null,
        ["rdExpenseLastYearTenThousandYuan"] = f => f.RdExpenseLastYearTenThousandYuan is not null,
        ["rdExpensePreviousYearTenThousandYuan"] = f => f.RdExpensePreviousYearTenThousandYuan is not null,
        ["netProfitLastYearTenThousandYuan"] = f => f.NetProfitLastYearTenThousandYuan is not null,
        ["debtToAssetRatioPercent"] = f => f.DebtToAssetRatioPercent is not null,
        ["employees"] = f => f.Employees is not null,
        ["rdStaff"] = f => f.RdStaff is not null,
        ["equityFinancingLastTwoYearsTenThousandYuan"] = f => f.EquityFinancingLastTwoYearsTenThousandYuan is not null,
        ["equityFinancingLastThreeYearsTenThousandYuan"] = f => f.EquityFinancingLastThreeYearsTenThousandYuan is not null,
        ["highValueClassIIpCount"] = f => f.HighValueClassIIpCount is not null,
        ["selfDevelopedClassIIpCount"] = f => f.SelfDevelopedClassIIpCount is not null,
        ["classIIpCount"] = f => f.ClassIIpCount is not null,
        ["classIIIpCount"] = f => f.ClassIIIpCount is not null,
        ["classIIpInUseCount"] = f => f.ClassIIpInUseCount is not null,
        ["digitalLevel"] = f => f.DigitalLevel is not null,
        ["hasProvincialQualityAward"] = f => f.HasProvincialQualityAward is not null,
        ["hasQualityManagementCertification"] = f => f.HasQualityManagementCertification is not null,
        ["hasOwnBrand"] = f => f.HasOwnBrand is not null,
        ["tookPartInStandards"] = f => f.TookPartInStandards is not null,
        ["mainProductField"] = f => f.MainProductField is not null,
        ["mainProductInStrategicEmergingIndustry"] = f => f.MainProductInStrategicEmergingIndustry is not null,
        ["rdInstitutionLevel"] = f => f.RdInstitutionLevel is not null,
        ["provincialScienceAwardBestRank"] = f => f.ProvincialScienceAwardBestRank is not null,
        ["nationalScienceAwardBestRank"] = f => f.NationalScienceAwardBestRank is not null,
        ["holdsInnovationHonour"] = f => f.HoldsInnovationHonour is not null,
        ["inMakerChinaNationalTop500"] = f => f.InMakerChinaNationalTop500 is not null,
        ["localFeaturePoints"] = f => f.LocalFeaturePoints is not null,
        ["holdsInnovativeSmeTitle"] = f => f.HoldsInnovativeSmeTitle is not null,
        ["mainProductMarketShareLeading"] = f => f.MainProductMarketShareLeading is not null,
        ["revenueThreeYearsAgoTenThousandYuan"] = f => f.RevenueThreeYearsAgoTenThousandYuan is not null,
        ["holdsSpecializedSmeTitle"] = f => f.HoldsSpecializedSmeTitle is not null,
        ["marketSharePercent"] = f => f.MarketSharePercent is not null,
        ["domesticMarketRank"] = f => f.DomesticMarketRank is not null,
        ["mainProductInLittleGiantField"] = f => f.MainProductInLittleGiantField is not null,
        ["atKeyIndustryChainLink"] = f => f.AtKeyIndustryChainLink is not null,
        ["hasCoreBusinessInformationSystem"] = f => f.HasCoreBusinessInformationSystem is not null,
        ["hasInternationalProductCertification"] = f => f.HasInternationalProductCertification is not null,
        ["inMakerChinaNationalTop50"] = f => f.InMakerChinaNationalTop50 is not null,
        ["mainProductInManufacturingOrNetworkPowerField"] = f => f.MainProductInManufacturingOrNetworkPowerField is not null,
        ["developmentEvaluationScore"] = f => f.DevelopmentEvaluationScore is not null,
    };

    public static IEnumerable<string> Names => Reported.Keys;

    public static Func<EnterpriseFacts, bool> For(string factName) => Reported[factName];
}
