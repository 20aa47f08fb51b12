using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class ImpactComparisonTests
{
    /// <summary>A hand-made draft: the NBS set with the industrial medium employee bound raised from 300 to 400.</summary>
    internal static SizeRuleSet Draft()
    {
        var json = RuleSetLoaderTests.NbsJson();
        json["id"] = "draft-industry-400";
        json["rows"]![1]!["thresholds"]!["medium"]!["employees"] = 400;
        return RuleSetLoaderTests.Load(json, "draft.json");
    }

    [Fact]
    public void Raising_one_threshold_moves_only_the_enterprises_between_old_and_new_bound()
    {
        var nbs = SizeRuleSetCatalog.Find("nbs-2017")!;
        SizeImpactInput[] register =
        [
            new("3011", "330106", new SizeFigures(350, 5000m, null)),  // medium → small
            new("3011", "440305", new SizeFigures(399, 2000m, null)),  // medium → small
            new("3011", "440305", new SizeFigures(400, 2000m, null)),  // medium stays
            new("3011", "330106", new SizeFigures(250, 5000m, null)),  // small stays
            new("5211", "330106", new SizeFigures(350, 5000m, null)),  // retail: unaffected
            new("6621", "110105", new SizeFigures(10, 10m, null)),     // finance: not covered in both
            new("4710", "110105", new SizeFigures(10, 10m, null)),     // construction without assets: error in both
        ];
        var report = SizeImpactComparison.Compare(register, nbs, Draft());

        Assert.Equal(7, report.Overall.Total);
        Assert.Equal(2, report.Overall[ImpactCategory.Medium, ImpactCategory.Small]);
        Assert.Equal(2, report.Overall.MovedDown);
        Assert.Equal(0, report.Overall.MovedUp);
        Assert.Equal(1, report.Overall[ImpactCategory.NotCovered, ImpactCategory.NotCovered]);
        Assert.Equal(1, report.Overall[ImpactCategory.Error, ImpactCategory.Error]);
        Assert.Equal(2, report.ByIndustryRow["industry"].MovedDown);
        Assert.Equal(0, report.ByIndustryRow["retail"].MovedDown);
        Assert.Equal(1, report.ByIndustryRow[SizeImpactReport.NoRow].Total);
        Assert.Equal(1, report.ByProvince["330000"].MovedDown);
        Assert.Equal(1, report.ByProvince["440000"].MovedDown);
        Assert.Equal(2, report.ByProvince["110000"].Total);
    }
}
