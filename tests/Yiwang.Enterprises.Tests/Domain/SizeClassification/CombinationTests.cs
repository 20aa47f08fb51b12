using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class CombinationTests
{
    private static readonly SizeRuleSet Nbs = SizeRuleSetCatalog.Find(SizeRuleSetCatalog.Nbs2017Id)!;
    private static readonly SizeRuleSet Miit = SizeRuleSetCatalog.Find(SizeRuleSetCatalog.Miit2011Id)!;

    private static SizeClassification Industry(SizeRuleSet set, int employees, decimal revenue) =>
        SizeClassifier.Classify(set, IndustryCode.Parse("C3011"), new SizeFigures(employees, revenue, null));

    [Fact]
    public void Large_needs_both_bounds_so_1000_people_and_39999_revenue_is_medium() =>
        Assert.Equal(EnterpriseSize.Medium, Industry(Nbs, 1000, 39999m).Size);

    [Fact]
    public void Large_with_both_bounds_met() => Assert.Equal(EnterpriseSize.Large, Industry(Nbs, 1000, 40000m).Size);

    [Fact]
    public void Below_one_sme_ceiling_is_an_sme_under_300() => Assert.True(Industry(Miit, 5000, 39999.99m).IsSme);

    [Fact]
    public void Medium_needs_both_bounds_otherwise_drops_one_tier()
    {
        Assert.Equal(EnterpriseSize.Small, Industry(Nbs, 300, 1999m).Size);
        Assert.Equal(EnterpriseSize.Small, Industry(Nbs, 299, 30000m).Size);
    }

    [Fact]
    public void Micro_when_below_either_small_bound()
    {
        Assert.Equal(EnterpriseSize.Micro, Industry(Nbs, 19, 39000m).Size);
        Assert.Equal(EnterpriseSize.Micro, Industry(Nbs, 900, 299.99m).Size);
    }

    [Fact]
    public void Cascade_can_drop_several_tiers()
    {
        // Large employees but tiny revenue: fails large, medium and small on revenue alone.
        Assert.Equal(EnterpriseSize.Micro, Industry(Nbs, 5000, 10m).Size);
    }

    [Fact]
    public void Miit_and_nbs_agree_on_the_size_everywhere()
    {
        foreach (var row in ExpectedThresholds.Rows)
        {
            foreach (var tier in new[] { EnterpriseSize.Large, EnterpriseSize.Medium, EnterpriseSize.Small })
            {
                var figures = ExpectedThresholds.At(row, tier);
                Assert.Equal(SizeClassifier.ClassifyFast(Nbs, row.Code, figures).Size, SizeClassifier.ClassifyFast(Miit, row.Code, figures).Size);
            }
        }
    }
}
