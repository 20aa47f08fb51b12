using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

public sealed class MonotonicityProperties
{
    [Property(MaxTest = 2000)]
    public Property Raising_any_figure_never_lowers_the_size(byte rowPick, byte which, NonNegativeInt employees, NonNegativeInt revenueCents, NonNegativeInt assetsCents, PositiveInt raise)
    {
        var results = new List<bool>();
        foreach (var set in SizeRuleSetCatalog.All)
        {
            var row = ExpectedThresholds.Rows[rowPick % ExpectedThresholds.Rows.Length];
            // Spread figures over the threshold range: employees up to ~2·10^9 is too wide, so fold them.
            var f = new SizeFigures(employees.Get % 5000, (revenueCents.Get % 30_000_000) / 100m, (assetsCents.Get % 30_000_000) / 100m);
            var bump = raise.Get % 3;
            var raised = (which % 3) switch
            {
                0 => f with { Employees = f.Employees + (raise.Get % 2000) },
                1 => f with { RevenueTenThousandYuan = f.RevenueTenThousandYuan + ((raise.Get % 10_000_000) / 100m) + bump },
                _ => f with { TotalAssetsTenThousandYuan = f.TotalAssetsTenThousandYuan + ((raise.Get % 10_000_000) / 100m) + bump },
            };
            var before = SizeClassifier.ClassifyFast(set, row.Code, f);
            var after = SizeClassifier.ClassifyFast(set, row.Code, raised);
            results.Add(before.Outcome == SizeOutcome.Classified && after.Outcome == SizeOutcome.Classified && after.Size >= before.Size);
        }

        return results.TrueForAll(r => r).ToProperty();
    }
}
