using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class ExplanationTests
{
    private static readonly SizeRuleSet Nbs = SizeRuleSetCatalog.Find("nbs-2017")!;
    private static readonly SizeRuleSet Miit = SizeRuleSetCatalog.Find("miit-2011-300")!;

    [Fact]
    public void Explanation_lists_each_deciding_comparison_in_both_languages()
    {
        var result = SizeClassifier.Classify(Nbs, IndustryCode.Parse("3011"), new SizeFigures(250, 5000m, null));
        Assert.Equal(EnterpriseSize.Small, result.Size);
        var zh = string.Join("\n", result.Explanation.Select(l => l.Zh));
        var en = string.Join("\n", result.Explanation.Select(l => l.En));
        Assert.Contains("从业人员 250 人，低于中型企业标准 300 人", zh, StringComparison.Ordinal);
        Assert.Contains("Employees 250 is below the 300 a medium-sized enterprise needs", en, StringComparison.Ordinal);
        Assert.Contains("从业人员 250 人，达到小型企业标准 20 人", zh, StringComparison.Ordinal);
        Assert.Contains("营业收入 5,000 万元，达到小型企业标准 300 万元", zh, StringComparison.Ordinal);
        Assert.Contains("下划一档", zh, StringComparison.Ordinal);
        Assert.Contains("统计上大中小微型企业划分办法（2017）", zh, StringComparison.Ordinal);
        Assert.Contains("附表 第2行", zh, StringComparison.Ordinal);
        Assert.Contains("工业", result.Explanation[0].Zh, StringComparison.Ordinal);
        Assert.Contains("Result: a small enterprise, an SME", en, StringComparison.Ordinal);
        Assert.Contains("水泥制造", result.Explanation[0].Zh, StringComparison.Ordinal); // the industry by name, not by code
        Assert.DoesNotContain("nbs-2017", zh + en, StringComparison.Ordinal);
        Assert.DoesNotContain("lower bound", en, StringComparison.Ordinal); // tiers in words ("a medium-sized enterprise"), not as codes
    }

    [Fact]
    public void Miit_large_is_reported_as_not_an_sme()
    {
        var result = SizeClassifier.Classify(Miit, IndustryCode.Parse("3011"), new SizeFigures(1500, 50000m, null));
        Assert.Equal(EnterpriseSize.Large, result.Size);
        Assert.False(result.IsSme);
        var zh = string.Join("\n", result.Explanation.Select(l => l.Zh));
        Assert.Contains("不属于中小企业", zh, StringComparison.Ordinal);
        Assert.Contains("300号只界定中型、小型、微型企业", zh, StringComparison.Ordinal);
        Assert.Contains("中小企业上限", zh, StringComparison.Ordinal);
        Assert.Contains("not an SME", string.Join("\n", result.Explanation.Select(l => l.En)), StringComparison.Ordinal);
    }

    [Fact]
    public void Miit_sme_cites_the_or_ceiling_and_item_4()
    {
        var result = SizeClassifier.Classify(Miit, IndustryCode.Parse("5211"), new SizeFigures(5, 5000m, null));
        Assert.Equal(EnterpriseSize.Micro, result.Size);
        var zh = string.Join("\n", result.Explanation.Select(l => l.Zh));
        Assert.Contains("属于中小微型企业", zh, StringComparison.Ordinal);
        Assert.Contains("第四条（五）", zh, StringComparison.Ordinal);
        Assert.Contains("从业人员 5 人，低于小型企业标准 10 人", zh, StringComparison.Ordinal);
        Assert.Contains("微型", zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_needed_indicator_is_named()
    {
        var result = SizeClassifier.Classify(Nbs, IndustryCode.Parse("4710"), new SizeFigures(null, 1000m, null));
        Assert.Equal(SizeOutcome.MissingIndicator, result.Outcome);
        Assert.Equal(SizeIndicator.TotalAssetsTenThousandYuan, result.ProblemIndicators);
        Assert.Contains(result.Explanation, l => l.Zh.Contains("资产总额", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicators_the_row_does_not_use_may_be_empty()
    {
        Assert.Equal(EnterpriseSize.Medium, SizeClassifier.Classify(Nbs, IndustryCode.Parse("0111"), new SizeFigures(null, 500m, null)).Size);
        Assert.Equal(EnterpriseSize.Small, SizeClassifier.Classify(Nbs, IndustryCode.Parse("7310"), new SizeFigures(10, null, null)).Size);
    }

    [Fact]
    public void Negative_figures_are_invalid()
    {
        var result = SizeClassifier.Classify(Nbs, IndustryCode.Parse("3011"), new SizeFigures(-1, 100m, null));
        Assert.Equal(SizeOutcome.InvalidFigure, result.Outcome);
        Assert.Equal(SizeIndicator.Employees, result.ProblemIndicators);
        var assets = SizeClassifier.Classify(Nbs, IndustryCode.Parse("3011"), new SizeFigures(10, 100m, -0.01m));
        Assert.Equal(SizeOutcome.InvalidFigure, assets.Outcome);
    }

    [Fact]
    public void Batch_reasons_are_prebuilt_and_name_the_missed_bound()
    {
        var fast = SizeClassifier.ClassifyFast(Nbs, "3011", new SizeFigures(250, 5000m, null));
        Assert.Equal("从业人员<300（中型下限）", Nbs.Reasons.Text(fast, english: false));
        Assert.Equal("employees<300 (medium lower bound)", Nbs.Reasons.Text(fast, english: true));
        var coarse = SizeClassifier.ClassifyFast(Nbs, "70", new SizeFigures(250, 5000m, null));
        Assert.Contains("too coarse", Nbs.Reasons.Text(coarse, english: true), StringComparison.Ordinal);
    }
}
