using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.RuleSets;

namespace Yiwang.Cultivation.Tests.Domain;

internal static class Eval
{
    public const string Rules2022 = "miit-2022-63";
    public const string Rules2026 = "miit-2026-2";

    public static TierEvaluation Run(string ruleSet, string tier, EnterpriseFacts facts)
    {
        var set = CultivationRuleSetCatalog.Find(ruleSet)!;
        return TierEvaluator.Evaluate(set, set.FindTier(tier)!, facts, set.EffectiveFrom, RuleSetChoice.Explicit);
    }

    public static decimal Points(string ruleSet, string tier, string indicator, EnterpriseFacts facts) =>
        Run(ruleSet, tier, facts).Score!.Indicators.Single(i => i.Id == indicator).Points;

    /// <summary>A solid enterprise that meets every 2022 and 2026 专精特新 condition.</summary>
    public static readonly EnterpriseFacts Strong = new()
    {
        YearsInNicheMarket = 6,
        RevenueLastYearTenThousandYuan = 5000,
        RevenuePreviousYearTenThousandYuan = 4500,
        MainBusinessRevenueLastYearTenThousandYuan = 4500,
        MainBusinessRevenuePreviousYearTenThousandYuan = 4000,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = 3600,
        RdExpenseLastYearTenThousandYuan = 300,
        RdExpensePreviousYearTenThousandYuan = 250,
        NetProfitLastYearTenThousandYuan = 400,
        DebtToAssetRatioPercent = 45,
        Employees = 200,
        RdStaff = 30,
        HighValueClassIIpCount = 0,
        SelfDevelopedClassIIpCount = 2,
        ClassIIpCount = 3,
        ClassIIIpCount = 10,
        ClassIIpInUseCount = 2,
        DigitalLevel = 3,
        HasQualityManagementCertification = true,
        HasOwnBrand = true,
        MainProductField = MainProductField.SixFoundationsOrTimeHonouredOrChainLeaderSupplier,
        MainProductInStrategicEmergingIndustry = true,
        RdInstitutionLevel = RdInstitutionLevel.City,
        LocalFeaturePoints = 8,
        HoldsInnovativeSmeTitle = true,
        MainProductMarketShareLeading = true,
        DevelopmentEvaluationScore = 62,
    };
}
