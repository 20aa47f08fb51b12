using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassification;

public sealed class FastPathTests
{
    [Fact]
    public void Fast_path_allocates_nothing_per_classification()
    {
        var set = SizeRuleSetCatalog.Default;
        var figures = new SizeFigures(250, 5000m, 800m);
        string[] codes = ["3011", "C", "5211", "70", "J", "7310", "5920"];
        _ = SizeClassifier.ClassifyFast(set, codes[0], figures); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var r = SizeClassifier.ClassifyFast(set, codes[i % codes.Length], figures);
            sum += (int)r.Size + (int)r.Outcome;
            _ = set.Reasons.Text(r, english: false);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }

    [Fact]
    public void Fast_and_explained_paths_agree()
    {
        var set = SizeRuleSetCatalog.Default;
        var random = new Random(7);
        foreach (var row in ExpectedThresholds.Rows)
        {
            for (var i = 0; i < 200; i++)
            {
                var f = new SizeFigures(random.Next(0, 3000), random.Next(0, 300_000), random.Next(0, 300_000));
                var fast = SizeClassifier.ClassifyFast(set, row.Code, f);
                var slow = SizeClassifier.Classify(set, Yiwang.Kernel.Codes.IndustryCode.Parse(row.Code), f);
                Assert.Equal(fast.Size, slow.Size!.Value);
            }
        }
    }
}
