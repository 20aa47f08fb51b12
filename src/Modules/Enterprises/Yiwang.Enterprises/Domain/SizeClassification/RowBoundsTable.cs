namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// The tier bounds of every row flattened into arrays (index row * 3 + tier, tier 0 = small, 1 = medium, 2 = large)
/// so the fast path reads plain values instead of walking records and nullables.
/// </summary>
internal sealed class RowBoundsTable
{
    private readonly int[] employees;
    private readonly decimal[] revenue;
    private readonly decimal[] assets;
    private readonly SizeIndicator[] indicators;
    private readonly TierCombinator[] combinators;

    public RowBoundsTable(IReadOnlyList<SizeRuleRow> rows)
    {
        employees = new int[rows.Count * 3];
        revenue = new decimal[rows.Count * 3];
        assets = new decimal[rows.Count * 3];
        indicators = new SizeIndicator[rows.Count];
        combinators = new TierCombinator[rows.Count];
        foreach (var row in rows)
        {
            indicators[row.Index] = row.Indicators;
            combinators[row.Index] = row.Combinator;
            TierBounds[] tiers = [row.Small, row.Medium, row.Large];
            for (var t = 0; t < 3; t++)
            {
                employees[(row.Index * 3) + t] = tiers[t].Employees ?? 0;
                revenue[(row.Index * 3) + t] = tiers[t].RevenueTenThousandYuan ?? 0m;
                assets[(row.Index * 3) + t] = tiers[t].TotalAssetsTenThousandYuan ?? 0m;
            }
        }
    }

    public SizeIndicator Indicators(int row) => indicators[row];

    public TierCombinator Combinator(int row) => combinators[row];

    /// <summary>The row's indicators whose figure is below the tier's lower bound; figures must be present.</summary>
    public SizeIndicator Failed(int row, int tier, in SizeFigures f)
    {
        var i = (row * 3) + tier;
        var used = indicators[row];
        var failed = SizeIndicator.None;
        if ((used & SizeIndicator.Employees) != 0 && f.Employees.GetValueOrDefault() < employees[i]) failed |= SizeIndicator.Employees;
        if ((used & SizeIndicator.RevenueTenThousandYuan) != 0 && f.RevenueTenThousandYuan.GetValueOrDefault() < revenue[i]) failed |= SizeIndicator.RevenueTenThousandYuan;
        if ((used & SizeIndicator.TotalAssetsTenThousandYuan) != 0 && f.TotalAssetsTenThousandYuan.GetValueOrDefault() < assets[i]) failed |= SizeIndicator.TotalAssetsTenThousandYuan;
        return failed;
    }
}
