using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class ThresholdTests
{
    public static TheoryData<string, string, int> Tiers()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var set in new[] { SizeRuleSetCatalog.Miit2011Id, SizeRuleSetCatalog.Nbs2017Id })
        {
            foreach (var row in ExpectedThresholds.Rows)
            {
                foreach (var tier in new[] { EnterpriseSize.Large, EnterpriseSize.Medium, EnterpriseSize.Small }) data.Add(set, row.Id, (int)tier);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void Every_bound_is_inclusive_and_one_below_drops_a_tier(string setId, string rowId, int tierNumber)
    {
        var tier = (EnterpriseSize)tierNumber;
        var set = SizeRuleSetCatalog.Find(setId)!;
        var row = ExpectedThresholds.Rows.Single(r => r.Id == rowId);
        var code = IndustryCode.Parse(row.Code);

        var at = SizeClassifier.Classify(set, code, ExpectedThresholds.At(row, tier));
        Assert.Equal(SizeOutcome.Classified, at.Outcome);
        Assert.Equal(tier, at.Size);
        Assert.Equal(rowId, at.RowId);

        foreach (var indicator in ExpectedThresholds.Used(row))
        {
            var bound = ExpectedThresholds.Bound(row, tier, indicator);
            var below = SizeClassifier.Classify(set, code, ExpectedThresholds.At(row, tier, indicator, ExpectedThresholds.Below(indicator, bound)));
            Assert.Equal((EnterpriseSize?)(tier - 1), below.Size);
            Assert.Equal(tier - 1, SizeClassifier.ClassifyFast(set, row.Code, ExpectedThresholds.At(row, tier, indicator, ExpectedThresholds.Below(indicator, bound))).Size);
        }
    }

    [Theory]
    [InlineData(SizeRuleSetCatalog.Miit2011Id)]
    [InlineData(SizeRuleSetCatalog.Nbs2017Id)]
    public void Files_hold_exactly_the_reference_table(string setId)
    {
        var set = SizeRuleSetCatalog.Find(setId)!;
        Assert.Equal(16, set.Rows.Count);
        foreach (var expected in ExpectedThresholds.Rows)
        {
            var row = set.FindRow(expected.Id)!;
            Assert.Equal(expected.Indicators, row.Indicators);
            Assert.Equal(TierCombinator.All, row.Combinator);
            foreach (var tier in new[] { EnterpriseSize.Large, EnterpriseSize.Medium, EnterpriseSize.Small })
            {
                foreach (var indicator in ExpectedThresholds.Used(expected))
                {
                    Assert.Equal(ExpectedThresholds.Bound(expected, tier, indicator), row.Bounds(tier).Get(indicator));
                }
            }
        }
    }

    [Fact]
    public void Zero_figures_are_micro()
    {
        var set = SizeRuleSetCatalog.Default;
        foreach (var row in ExpectedThresholds.Rows)
        {
            var result = SizeClassifier.Classify(set, IndustryCode.Parse(row.Code), new SizeFigures(0, 0m, 0m));
            Assert.Equal(EnterpriseSize.Micro, result.Size);
        }
    }
}
