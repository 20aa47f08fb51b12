using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Codes;
using Yiwang.Reviews.Data;
using Yiwang.Reviews.Filings;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// Two applications from invented 西湖区 (330106) enterprises, once, when the chain has none: one recognised 专精特新 and one
/// awaiting the county review, so the queues and the published list have something to show. The demo enterprise
/// account has none, so it can apply itself.
/// </summary>
internal static class DemoSeed
{
    private static readonly EnterpriseFacts Facts = new()
    {
        YearsInNicheMarket = 6, RevenueLastYearTenThousandYuan = 5000, RevenuePreviousYearTenThousandYuan = 4500,
        MainBusinessRevenueLastYearTenThousandYuan = 4500, MainBusinessRevenuePreviousYearTenThousandYuan = 4000,
        MainBusinessRevenueThreeYearsAgoTenThousandYuan = 3600, RdExpenseLastYearTenThousandYuan = 300, RdExpensePreviousYearTenThousandYuan = 250,
        NetProfitLastYearTenThousandYuan = 400, DebtToAssetRatioPercent = 45, Employees = 200, RdStaff = 30, SelfDevelopedClassIIpCount = 2,
        ClassIIpCount = 3, ClassIIIpCount = 10, ClassIIpInUseCount = 2, DigitalLevel = 3, HasQualityManagementCertification = true, HasOwnBrand = true,
        MainProductInStrategicEmergingIndustry = true, RdInstitutionLevel = RdInstitutionLevel.City, LocalFeaturePoints = 8,
        HoldsInnovativeSmeTitle = true, MainProductMarketShareLeading = true, DevelopmentEvaluationScore = 62,
    };

    public static Task SeedAsync(ReviewQueries reviews, TimeProvider clock, CancellationToken ct)
    {
        var chain = RecognitionChain.Current;
        return reviews.SeedAsync(chain, () =>
        {
            var today = EvaluateTierHandler.Today(clock);
            var recognised = Create("杭州西湖智能传感有限公司", Uscc.FromBody("91330106MA2CULT01"), "specialized", today, clock);
            FilingSteps.Grant(chain, recognised, today.AddMonths(-2));
            recognised.State = RecognitionChain.Recognised;
            recognised.Version++;
            recognised.Events.Add(Event("recognised", "official", "330000", clock, -1));
            var pending = Create("杭州之江新材料有限公司", Uscc.FromBody("91330106MA2CULT02"), "innovative", today, clock);
            return [recognised, pending];
        }, ct);
    }

    private static Filing Create(string name, Uscc uscc, string tier, DateOnly today, TimeProvider clock)
    {
        var set = CultivationRuleSetCatalog.InForceOn(today) ?? CultivationRuleSetCatalog.All[^1];
        var tierRules = set.FindTier(tier) ?? set.Tiers[0];
        var chain = RecognitionChain.Current;
        var filing = new Filing
        {
            ChainId = chain.Id, ChainVersion = chain.Version, ApplicantUscc = uscc.Value, ApplicantName = name, RegionCode = "330106",
            Category = tierRules.Id, State = RecognitionChain.Submitted, Version = 1, SubmittedAt = clock.GetUtcNow().AddDays(-70), UpdatedAt = clock.GetUtcNow(),
        };
        ApplicationStore.Evaluation(Facts, TierEvaluator.Evaluate(set, tierRules, Facts, today, RuleSetChoice.ByDate)).AttachTo(filing);
        filing.Events.Add(Event("submitted", "enterprise", null, clock, -70));
        return filing;
    }

    private static FilingEvent Event(string action, string role, string? region, TimeProvider clock, int days) =>
        new() { Action = action, ActorRole = role, ActorRegion = region, ActorId = "demo-seed", At = clock.GetUtcNow().AddDays(days) };
}
