using System.Globalization;
using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// The CSV columns of the batch input: the same names as the API's <c>facts</c> (docs/user-guide/cultivation-facts.md).
/// An explicit table rather than reflection, so a renamed property cannot silently drop a column.
/// </summary>
internal static class FactColumns
{
    /// <summary>Sets one trimmed, non-empty cell; throws <see cref="FormatException"/> with a bilingual message.</summary>
    public delegate void Setter(FactsBuilder facts, ReadOnlySpan<char> text);

    private static readonly Dictionary<string, Setter> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yearsInNicheMarket"] = Dec((f, v) => f.YearsInNicheMarket = v),
        ["revenueLastYearTenThousandYuan"] = Dec((f, v) => f.RevenueLastYearTenThousandYuan = v),
        ["revenuePreviousYearTenThousandYuan"] = Dec((f, v) => f.RevenuePreviousYearTenThousandYuan = v),
        ["mainBusinessRevenueLastYearTenThousandYuan"] = Dec((f, v) => f.MainBusinessRevenueLastYearTenThousandYuan = v),
        ["mainBusinessRevenuePreviousYearTenThousandYuan"] = Dec((f, v) => f.MainBusinessRevenuePreviousYearTenThousandYuan = v),
        ["mainBusinessRevenueThreeYearsAgoTenThousandYuan"] = Dec((f, v) => f.MainBusinessRevenueThreeYearsAgoTenThousandYuan = v),
        ["rdExpenseLastYearTenThousandYuan"] = Dec((f, v) => f.RdExpenseLastYearTenThousandYuan = v),
        ["rdExpensePreviousYearTenThousandYuan"] = Dec((f, v) => f.RdExpensePreviousYearTenThousandYuan = v),
        ["netProfitLastYearTenThousandYuan"] = Dec((f, v) => f.NetProfitLastYearTenThousandYuan = v),
        ["debtToAssetRatioPercent"] = Dec((f, v) => f.DebtToAssetRatioPercent = v),
        ["employees"] = Int((f, v) => f.Employees = v),
        ["rdStaff"] = Int((f, v) => f.RdStaff = v),
        ["equityFinancingLastTwoYearsTenThousandYuan"] = Dec((f, v) => f.EquityFinancingLastTwoYearsTenThousandYuan = v),
        ["equityFinancingLastThreeYearsTenThousandYuan"] = Dec((f, v) => f.EquityFinancingLastThreeYearsTenThousandYuan = v),
        ["highValueClassIIpCount"] = Int((f, v) => f.HighValueClassIIpCount = v),
        ["selfDevelopedClassIIpCount"] = Int((f, v) => f.SelfDevelopedClassIIpCount = v),
        ["classIIpCount"] = Int((f, v) => f.ClassIIpCount = v),
        ["classIIIpCount"] = Int((f, v) => f.ClassIIIpCount = v),
        ["classIIpInUseCount"] = Int((f, v) => f.ClassIIpInUseCount = v),
        ["digitalLevel"] = Int((f, v) => f.DigitalLevel = v),
        ["hasProvincialQualityAward"] = Bool((f, v) => f.HasProvincialQualityAward = v),
        ["hasQualityManagementCertification"] = Bool((f, v) => f.HasQualityManagementCertification = v),
        ["hasOwnBrand"] = Bool((f, v) => f.HasOwnBrand = v),
        ["tookPartInStandards"] = Bool((f, v) => f.TookPartInStandards = v),
        ["mainProductField"] = Enum<MainProductField>((f, v) => f.MainProductField = v),
        ["mainProductInStrategicEmergingIndustry"] = Bool((f, v) => f.MainProductInStrategicEmergingIndustry = v),
        ["rdInstitutionLevel"] = Enum<RdInstitutionLevel>((f, v) => f.RdInstitutionLevel = v),
        ["provincialScienceAwardBestRank"] = Int((f, v) => f.ProvincialScienceAwardBestRank = v),
        ["nationalScienceAwardBestRank"] = Int((f, v) => f.NationalScienceAwardBestRank = v),
        ["holdsInnovationHonour"] = Bool((f, v) => f.HoldsInnovationHonour = v),
        ["inMakerChinaNationalTop500"] = Bool((f, v) => f.InMakerChinaNationalTop500 = v),
        ["localFeaturePoints"] = Dec((f, v) => f.LocalFeaturePoints = v),
        ["holdsInnovativeSmeTitle"] = Bool((f, v) => f.HoldsInnovativeSmeTitle = v),
        ["mainProductMarketShareLeading"] = Bool((f, v) => f.MainProductMarketShareLeading = v),
        ["revenueThreeYearsAgoTenThousandYuan"] = Dec((f, v) => f.RevenueThreeYearsAgoTenThousandYuan = v),
        ["holdsSpecializedSmeTitle"] = Bool((f, v) => f.HoldsSpecializedSmeTitle = v),
        ["marketSharePercent"] = Dec((f, v) => f.MarketSharePercent = v),
        ["domesticMarketRank"] = Int((f, v) => f.DomesticMarketRank = v),
        ["mainProductInLittleGiantField"] = Bool((f, v) => f.MainProductInLittleGiantField = v),
        ["atKeyIndustryChainLink"] = Bool((f, v) => f.AtKeyIndustryChainLink = v),
        ["hasCoreBusinessInformationSystem"] = Bool((f, v) => f.HasCoreBusinessInformationSystem = v),
        ["hasInternationalProductCertification"] = Bool((f, v) => f.HasInternationalProductCertification = v),
        ["inMakerChinaNationalTop50"] = Bool((f, v) => f.InMakerChinaNationalTop50 = v),
        ["mainProductInManufacturingOrNetworkPowerField"] = Bool((f, v) => f.MainProductInManufacturingOrNetworkPowerField = v),
        ["developmentEvaluationScore"] = Dec((f, v) => f.DevelopmentEvaluationScore = v),
    };

    public static IEnumerable<string> Names => Setters.Keys;

    public static bool IsKnown(string column) => Setters.ContainsKey(column);

    /// <summary>The setter of a column, looked up once per file rather than once per cell.</summary>
    public static Setter For(string column) => Setters[column];

    /// <summary>Sets one cell on a record (the recognition form); an empty cell means "not reported".</summary>
    public static EnterpriseFacts Apply(EnterpriseFacts facts, string column, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return facts;
        var builder = FactsBuilder.From(facts);
        Setters[column](builder, text.AsSpan().Trim());
        return builder.Build();
    }

    /// <summary>Sets one cell; an empty cell means "not reported". Throws <see cref="FormatException"/> with a bilingual message.</summary>
    public static void Apply(FactsBuilder facts, Setter setter, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!text.IsEmpty) setter(facts, text);
    }

    private static Setter Dec(Action<FactsBuilder, decimal> set) => (f, t) =>
    {
        // Most figures are whole numbers of up to nine digits: read those directly (the same decimal, scale 0) and leave
        // signs, separators and fractions to decimal.TryParse.
        if (t.Length <= 9 && !t.ContainsAnyExceptInRange('0', '9'))
        {
            var whole = 0;
            foreach (var c in t) whole = whole * 10 + (c - '0');
            set(f, whole);
            return;
        }

        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) throw Bad(t, "数字", "a number");
        set(f, v);
    };

    private static Setter Int(Action<FactsBuilder, int> set) => (f, t) =>
    {
        if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) throw Bad(t, "整数", "a whole number");
        set(f, v);
    };

    private static Setter Bool(Action<FactsBuilder, bool> set) => (f, t) => set(f, Is(t, "TRUE", "YES", "Y", "1", "是") ? true
        : Is(t, "FALSE", "NO", "N", "0", "否") ? false
        : throw Bad(t, "是/否（true/false）", "true/false (是/否)"));

    private static Setter Enum<T>(Action<FactsBuilder, T> set)
        where T : struct, System.Enum => (f, t) =>
    {
        if (!System.Enum.TryParse<T>(t, ignoreCase: true, out var v) || !System.Enum.IsDefined(v) || char.IsAsciiDigit(t[0]))
        {
            throw Bad(t, string.Join("/", System.Enum.GetNames<T>()), string.Join("/", System.Enum.GetNames<T>()));
        }

        set(f, v);
    };

    private static bool Is(ReadOnlySpan<char> text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static FormatException Bad(ReadOnlySpan<char> text, string zh, string en) => new($"'{text}' 不是{zh} / '{text}' is not {en}");
}
