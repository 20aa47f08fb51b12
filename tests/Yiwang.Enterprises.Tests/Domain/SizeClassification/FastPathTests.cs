using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class FastPathTests
{
    [Fact]
    public void Fast_path_allocates_nothing_per_classification()
    {
        var set = SizeRuleSetCatalog.Default;
        _ = Run(set, 100_000); // warm up: JIT tiers and on-stack replacement allocate once
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Run(set, 1_000_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A million classifications. The runtime may still allocate a few kilobytes once (tier-up or
        // on-stack replacement of a callee; CI saw 8,200 bytes), but any per-call allocation — even one
        // boxed value — would be 24 MB, so a bound of 64 KB (0.07 bytes per call) still catches it.
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated for 1,000,000 classifications");
        Assert.True(sum > 0);
    }

    private static int Run(SizeRuleSet set, int count)
    {
        var figures = new SizeFigures(250, 5000m, 800m);
        string[] codes = ["3011", "C", "5211", "70", "J", "7310", "5920"];
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            var r = SizeClassifier.ClassifyFast(set, codes[i % codes.Length], figures);
            sum += (int)r.Size + (int)r.Outcome + set.Reasons.Text(r, english: false).Length;
        }

        return sum;
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
