using System.Text.Json;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Rules.Evaluation;

namespace Yiwang.Cultivation.Tests.Domain;

/// <summary>
/// The batch's compiled path (<see cref="CompiledTarget.Evaluate"/> into a reused <see cref="TargetRun"/>, three gaps)
/// against the API's explained <see cref="TierEvaluator"/>: thousands of seeded random enterprises, many of them sitting
/// exactly on a threshold or band edge of either rule set, evaluated both ways.
/// </summary>
public sealed class LeanEvaluationTests
{
    private const int Enterprises = 3000;

    public static TheoryData<string> RuleSets => new(CultivationRuleSetCatalog.All.Select(s => s.Id));

    [Theory]
    [MemberData(nameof(RuleSets))]
    public void Lean_verdicts_equal_the_full_evaluation_on_every_tier(string ruleSetId)
    {
        var set = CultivationRuleSetCatalog.Find(ruleSetId)!;
        var run = new TargetRun();
        var random = new Random(ruleSetId.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        var edges = Edges(set);
        int eligible = 0, withGaps = 0, withMissing = 0, scoreGaps = 0, undetermined = 0;
        for (var n = 0; n < Enterprises; n++)
        {
            var facts = RandomFacts(random, edges);
            var values = CultivationFacts.From(facts).Facts;
            for (var t = 0; t < set.Tiers.Count; t++)
            {
                var full = TierEvaluator.Evaluate(set, set.Tiers[t], facts, set.EffectiveFrom, RuleSetChoice.Explicit);
                foreach (var top in new[] { 3, int.MaxValue })
                {
                    var expected = TierVerdict.From(full, top);
                    set.Compiled.Targets[t].Evaluate(values, run, top);
                    var actual = TierVerdict.From(set.Tiers[t].Id, run, top);
                    var context = $"{ruleSetId}/{set.Tiers[t].Id} enterprise {n} top {top}: {JsonSerializer.Serialize(facts)}";
                    Assert.True(expected.Tier == actual.Tier && expected.Outcome == actual.Outcome && expected.Score == actual.Score
                        && expected.PassMark == actual.PassMark && expected.AppliedDirectCondition == actual.AppliedDirectCondition, context);
                    Assert.True(expected.UnmetConditions.SequenceEqual(actual.UnmetConditions), context);
                    Assert.True(expected.MissingFacts.SequenceEqual(actual.MissingFacts), context);
                    Assert.True(expected.TopGaps.SequenceEqual(actual.TopGaps), context);
                }

                eligible += full.Eligible ? 1 : 0;
                undetermined += full.Outcome == Outcome.MissingData ? 1 : 0;
                withGaps += full.Gaps.Count > 0 ? 1 : 0;
                withMissing += full.MissingFacts.Count > 0 ? 1 : 0;
                scoreGaps += full.Gaps.Any(g => g.Kind == "score") ? 1 : 0;
            }
        }

        // The sample must reach every kind of answer, or agreement proves little.
        Assert.InRange(eligible, 50, Enterprises * set.Tiers.Count - 50);
        Assert.InRange(undetermined, 50, Enterprises * set.Tiers.Count - 50);
        Assert.InRange(withGaps, 50, Enterprises * set.Tiers.Count);
        Assert.InRange(withMissing, 50, Enterprises * set.Tiers.Count);
        Assert.InRange(scoreGaps, 20, Enterprises * set.Tiers.Count);
    }

    [Fact]
    public void The_facts_record_and_the_schema_name_the_same_facts()
    {
        var random = new Random(7);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        Assert.Equal(
            JsonSerializer.SerializeToElement(new EnterpriseFacts(), options).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            CultivationFacts.Schema.BaseFacts.Select(f => f.Id).Order(StringComparer.Ordinal));
        for (var n = 0; n < 200; n++)
        {
            var facts = RandomFacts(random, []);
            var (values, errors) = CultivationFacts.From(facts);
            Assert.Empty(errors);
            var reported = JsonSerializer.SerializeToElement(facts, options).EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(CultivationFacts.Schema.BaseFacts, f => Assert.Equal(reported.Contains(f.Id), values.IsReported(f.Id)));
            Assert.Equal(facts, CultivationFacts.ToRecord(values));
        }
    }

    // Every threshold and band bound of the rule set: figures are drawn on, just below and just above them.
    private static decimal[] Edges(CultivationRuleSet set)
    {
        var conditions = set.Tiers.SelectMany(t => t.BasicConditions.Concat(t.DirectConditions)).ToList();
        var tests = conditions.SelectMany(c => c.Tests.Concat(c.Groups?.SelectMany(g => g.Tests) ?? []).Concat(c.Waivers ?? []));
        var bounds = set.Tiers.SelectMany(t => t.Scoring?.Indicators ?? []).SelectMany(i => i.Measures).SelectMany(m => m.Bands).Select(b => b.Bound?.Number);
        return tests.Select(t => t.Value?.Number).Concat(bounds).OfType<decimal>().Distinct().Order().ToArray();
    }

    private static decimal Figure(Random random, decimal[] edges, int max)
    {
        if (edges.Length == 0 || random.Next(3) == 0) return random.Next(0, max);
        var edge = edges[random.Next(edges.Length)];
        return Math.Max(0, edge + random.Next(3) switch { 0 => 0, 1 => -1, _ => 0.5m });
    }

    private static decimal? Maybe(Random random, decimal value) => random.Next(12) == 0 ? null : value;

    private static bool? Flag(Random random) => random.Next(8) switch { 0 => null, < 5 => true, _ => false };

    private static EnterpriseFacts RandomFacts(Random random, decimal[] edges)
    {
        var revenue = random.Next(4) == 0 ? Figure(random, edges, 60_000) : random.Next(0, 60_000);
        var previous = decimal.Round(revenue * (0.7m + (decimal)random.NextDouble() * 0.5m));
        var main = decimal.Round(revenue * (0.6m + (decimal)random.NextDouble() * 0.4m));
        // Sometimes an R&D figure that puts the share exactly on a percentage edge.
        var rd = random.Next(3) == 0 && edges.Length > 0 ? revenue * edges[random.Next(edges.Length)] / 100 : decimal.Round(revenue * (decimal)random.NextDouble() * 0.1m);
        var employees = random.Next(1, 1000);
        int? Count(int max) => random.Next(10) == 0 ? null : (int)Math.Min(Figure(random, edges, max), 50);
        return new EnterpriseFacts
        {
            YearsInNicheMarket = Maybe(random, Figure(random, edges, 15)),
            RevenueLastYearTenThousandYuan = Maybe(random, revenue),
            RevenuePreviousYearTenThousandYuan = Maybe(random, previous),
            RevenueThreeYearsAgoTenThousandYuan = Maybe(random, decimal.Round(previous * 0.9m)),
            MainBusinessRevenueLastYearTenThousandYuan = Maybe(random, main),
            MainBusinessRevenuePreviousYearTenThousandYuan = Maybe(random, decimal.Round(main * 0.9m)),
            MainBusinessRevenueThreeYearsAgoTenThousandYuan = Maybe(random, decimal.Round(main * 0.8m)),
            RdExpenseLastYearTenThousandYuan = Maybe(random, rd),
            RdExpensePreviousYearTenThousandYuan = Maybe(random, decimal.Round(previous * (decimal)random.NextDouble() * 0.1m)),
            NetProfitLastYearTenThousandYuan = Maybe(random, decimal.Round(revenue * ((decimal)random.NextDouble() * 0.3m - 0.05m))),
            DebtToAssetRatioPercent = Maybe(random, Math.Min(Figure(random, edges, 100), 100)),
            Employees = random.Next(12) == 0 ? null : employees,
            RdStaff = random.Next(12) == 0 ? null : random.Next(0, employees / 2 + 1),
            EquityFinancingLastTwoYearsTenThousandYuan = Maybe(random, Figure(random, edges, 10_000)),
            EquityFinancingLastThreeYearsTenThousandYuan = Maybe(random, Figure(random, edges, 20_000)),
            HighValueClassIIpCount = Count(2),
            SelfDevelopedClassIIpCount = Count(3),
            ClassIIpCount = Count(6),
            ClassIIIpCount = Count(20),
            ClassIIpInUseCount = Count(6),
            DigitalLevel = random.Next(10) == 0 ? null : random.Next(1, 5),
            HasProvincialQualityAward = Flag(random),
            HasQualityManagementCertification = Flag(random),
            HasOwnBrand = Flag(random),
            TookPartInStandards = Flag(random),
            MainProductField = random.Next(5) == 0 ? null : (MainProductField)random.Next(0, 3),
            MainProductInStrategicEmergingIndustry = Flag(random),
            RdInstitutionLevel = random.Next(5) == 0 ? null : (RdInstitutionLevel)random.Next(0, 5),
            ProvincialScienceAwardBestRank = random.Next(3) == 0 ? random.Next(1, 8) : null,
            NationalScienceAwardBestRank = random.Next(4) == 0 ? random.Next(1, 8) : null,
            HoldsInnovationHonour = Flag(random),
            InMakerChinaNationalTop500 = Flag(random),
            LocalFeaturePoints = Maybe(random, random.Next(0, 16)),
            HoldsInnovativeSmeTitle = Flag(random),
            MainProductMarketShareLeading = Flag(random),
            HoldsSpecializedSmeTitle = Flag(random),
            MarketSharePercent = Maybe(random, Math.Min(Figure(random, edges, 60), 100)),
            DomesticMarketRank = random.Next(3) == 0 ? random.Next(1, 10) : null,
            MainProductInLittleGiantField = Flag(random),
            AtKeyIndustryChainLink = Flag(random),
            HasCoreBusinessInformationSystem = Flag(random),
            HasInternationalProductCertification = Flag(random),
            InMakerChinaNationalTop50 = Flag(random),
            MainProductInManufacturingOrNetworkPowerField = Flag(random),
            DevelopmentEvaluationScore = Maybe(random, Math.Min(Figure(random, edges, 100), 100)),
        };
    }
}
