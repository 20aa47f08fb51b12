using System.Globalization;
using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// The CSV columns of the batch input: the same names as the API's <c>facts</c> (docs/user-guide/cultivation-facts.md).
/// An explicit table rather than reflection, so a renamed property cannot silently drop a column.
/// </summary>
internal static class FactColumns
{
    private delegate EnterpriseFacts Setter(EnterpriseFacts facts, string text);

    private static readonly Dictionary<string, Setter> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yearsInNicheMarket"] = Dec((f, v) => f with { YearsInNicheMarket = v }),
        ["revenueLastYearTenThousandYuan"] = Dec((f, v) => f with { RevenueLastYearTenThousandYuan = v }),
        ["revenuePreviousYearTenThousandYuan"] = Dec((f, v) => f with { RevenuePreviousYearTenThousandYuan = v }),
        ["mainBusinessRevenueLastYearTenThousandYuan"] = Dec((f, v) => f with { MainBusinessRevenueLastYearTenThousandYuan = v }),
        ["mainBusinessRevenuePreviousYearTenThousandYuan"] = Dec((f, v) => f with { MainBusinessRevenuePreviousYearTenThousandYuan = v }),
        ["mainBusinessRevenueThreeYearsAgoTenThousandYuan"] = Dec((f, v) => f with { MainBusinessRevenueThreeYearsAgoTenThousandYuan = v }),
        ["rdExpenseLastYearTenThousandYuan"] = Dec((f, v) => f with { RdExpenseLastYearTenThousandYuan = v }),
        ["rdExpensePreviousYearTenThousandYuan"] = Dec((f, v) => f with { RdExpensePreviousYearTenThousandYuan = v }),
        ["netProfitLastYearTenThousandYuan"] = Dec((f, v) => f with { NetProfitLastYearTenThousandYuan = v }),
        ["debtToAssetRatioPercent"] = Dec((f, v) => f with { DebtToAssetRatioPercent = v }),
        ["employees"] = Int((f, v) => f with { Employees = v }),
        ["rdStaff"] = Int((f, v) => f with { RdStaff = v }),
        ["equityFinancingLastTwoYearsTenThousandYuan"] = Dec((f, v) => f with { EquityFinancingLastTwoYearsTenThousandYuan = v }),
        ["equityFinancingLastThreeYearsTenThousandYuan"] = Dec((f, v) => f with { EquityFinancingLastThreeYearsTenThousandYuan = v }),
        ["highValueClassIIpCount"] = Int((f, v) => f with { HighValueClassIIpCount = v }),
        ["selfDevelopedClassIIpCount"] = Int((f, v) => f with { SelfDevelopedClassIIpCount = v }),
        ["classIIpCount"] = Int((f, v) => f with { ClassIIpCount = v }),
        ["classIIIpCount"] = Int((f, v) => f with { ClassIIIpCount = v }),
        ["classIIpInUseCount"] = Int((f, v) => f with { ClassIIpInUseCount = v }),
        ["digitalLevel"] = Int((f, v) => f with { DigitalLevel = v }),
        ["hasProvincialQualityAward"] = Bool((f, v) => f with { HasProvincialQualityAward = v }),
        ["hasQualityManagementCertification"] = Bool((f, v) => f with { HasQualityManagementCertification = v }),
        ["hasOwnBrand"] = Bool((f, v) => f with { HasOwnBrand = v }),
        ["tookPartInStandards"] = Bool((f, v) => f with { TookPartInStandards = v }),
        ["mainProductField"] = Enum<MainProductField>((f, v) => f with { MainProductField = v }),
        ["mainProductInStrategicEmergingIndustry"] = Bool((f, v) => f with { MainProductInStrategicEmergingIndustry = v }),
        ["rdInstitutionLevel"] = Enum<RdInstitutionLevel>((f, v) => f with { RdInstitutionLevel = v }),
        ["provincialScienceAwardBestRank"] = Int((f, v) => f with { ProvincialScienceAwardBestRank = v }),
        ["nationalScienceAwardBestRank"] = Int((f, v) => f with { NationalScienceAwardBestRank = v }),
        ["holdsInnovationHonour"] = Bool((f, v) => f with { HoldsInnovationHonour = v }),
        ["inMakerChinaNationalTop500"] = Bool((f, v) => f with { InMakerChinaNationalTop500 = v }),
        ["localFeaturePoints"] = Dec((f, v) => f with { LocalFeaturePoints = v }),
        ["holdsInnovativeSmeTitle"] = Bool((f, v) => f with { HoldsInnovativeSmeTitle = v }),
        ["mainProductMarketShareLeading"] = Bool((f, v) => f with { MainProductMarketShareLeading = v }),
        ["revenueThreeYearsAgoTenThousandYuan"] = Dec((f, v) => f with { RevenueThreeYearsAgoTenThousandYuan = v }),
        ["holdsSpecializedSmeTitle"] = Bool((f, v) => f with { HoldsSpecializedSmeTitle = v }),
        ["marketSharePercent"] = Dec((f, v) => f with { MarketSharePercent = v }),
        ["domesticMarketRank"] = Int((f, v) => f with { DomesticMarketRank = v }),
        ["mainProductInLittleGiantField"] = Bool((f, v) => f with { MainProductInLittleGiantField = v }),
        ["atKeyIndustryChainLink"] = Bool((f, v) => f with { AtKeyIndustryChainLink = v }),
        ["hasCoreBusinessInformationSystem"] = Bool((f, v) => f with { HasCoreBusinessInformationSystem = v }),
        ["hasInternationalProductCertification"] = Bool((f, v) => f with { HasInternationalProductCertification = v }),
        ["inMakerChinaNationalTop50"] = Bool((f, v) => f with { InMakerChinaNationalTop50 = v }),
        ["mainProductInManufacturingOrNetworkPowerField"] = Bool((f, v) => f with { MainProductInManufacturingOrNetworkPowerField = v }),
        ["developmentEvaluationScore"] = Dec((f, v) => f with { DevelopmentEvaluationScore = v }),
    };

    public static IEnumerable<string> Names => Setters.Keys;

    public static bool IsKnown(string column) => Setters.ContainsKey(column);

    /// <summary>Sets one cell; an empty cell means "not reported". Throws <see cref="FormatException"/> with a bilingual message.</summary>
    public static EnterpriseFacts Apply(EnterpriseFacts facts, string column, string text) =>
        string.IsNullOrWhiteSpace(text) ? facts : Setters[column](facts, text.Trim());

    private static Setter Dec(Func<EnterpriseFacts, decimal, EnterpriseFacts> set) => (f, t) =>
        decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? set(f, v) : throw Bad(t, "数字", "a number");

    private static Setter Int(Func<EnterpriseFacts, int, EnterpriseFacts> set) => (f, t) =>
        int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? set(f, v) : throw Bad(t, "整数", "a whole number");

    private static Setter Bool(Func<EnterpriseFacts, bool, EnterpriseFacts> set) => (f, t) => t.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "Y" or "1" or "是" => set(f, true),
        "FALSE" or "NO" or "N" or "0" or "否" => set(f, false),
        _ => throw Bad(t, "是/否（true/false）", "true/false (是/否)"),
    };

    private static Setter Enum<T>(Func<EnterpriseFacts, T, EnterpriseFacts> set)
        where T : struct, System.Enum => (f, t) =>
        System.Enum.TryParse<T>(t, ignoreCase: true, out var v) && System.Enum.IsDefined(v) && !char.IsAsciiDigit(t[0])
            ? set(f, v) : throw Bad(t, string.Join("/", System.Enum.GetNames<T>()), string.Join("/", System.Enum.GetNames<T>()));

    private static FormatException Bad(string text, string zh, string en) => new($"'{text}' 不是{zh} / '{text}' is not {en}");
}
