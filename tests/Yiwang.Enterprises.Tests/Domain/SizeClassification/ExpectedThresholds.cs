using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Tests.Domain.SizeClassificationTests;

/// <summary>
/// The threshold table of shared/reference/sme-size-classification.md §1.2, typed in by hand so a typo in the
/// JSON files is caught rather than copied into the expectations.
/// </summary>
internal static class ExpectedThresholds
{
    internal sealed record Row(string Id, string Code, SizeIndicator Indicators, decimal[] Large, decimal[] Medium, decimal[] Small);

    private const SizeIndicator X = SizeIndicator.Employees;
    private const SizeIndicator Y = SizeIndicator.RevenueTenThousandYuan;
    private const SizeIndicator Z = SizeIndicator.TotalAssetsTenThousandYuan;

    // Bounds are listed in the order employees, revenue, assets, for the indicators the row uses.
    public static readonly Row[] Rows =
    [
        new("agriculture", "0111", Y, [20000], [500], [50]),
        new("industry", "3011", X | Y, [1000, 40000], [300, 2000], [20, 300]),
        new("construction", "4710", Y | Z, [80000, 80000], [6000, 5000], [300, 300]),
        new("wholesale", "5111", X | Y, [200, 40000], [20, 5000], [5, 1000]),
        new("retail", "5211", X | Y, [300, 20000], [50, 500], [10, 100]),
        new("transport", "5411", X | Y, [1000, 30000], [300, 3000], [20, 200]),
        new("warehousing", "5920", X | Y, [200, 30000], [100, 1000], [20, 100]),
        new("postal", "6010", X | Y, [1000, 30000], [300, 2000], [20, 100]),
        new("accommodation", "6110", X | Y, [300, 10000], [100, 2000], [10, 100]),
        new("catering", "6210", X | Y, [300, 10000], [100, 2000], [10, 100]),
        new("information-transmission", "6311", X | Y, [2000, 100000], [100, 1000], [10, 100]),
        new("software-it", "6510", X | Y, [300, 10000], [100, 1000], [10, 50]),
        new("real-estate-development", "7010", Y | Z, [200000, 10000], [1000, 5000], [100, 2000]),
        new("property-management", "7020", X | Y, [1000, 5000], [300, 1000], [100, 500]),
        new("leasing-business-services", "7111", X | Z, [300, 120000], [100, 8000], [10, 100]),
        new("other-unlisted", "7310", X, [300], [100], [10]),
    ];

    public static IEnumerable<SizeIndicator> Used(Row row) => SizeIndicatorText.All.Where(i => (row.Indicators & i) != 0);

    public static decimal Bound(Row row, EnterpriseSize tier, SizeIndicator indicator)
    {
        var values = tier switch { EnterpriseSize.Large => row.Large, EnterpriseSize.Medium => row.Medium, _ => row.Small };
        return values[Used(row).ToList().IndexOf(indicator)];
    }

    /// <summary>Figures with every used indicator at the tier's bound, optionally one indicator replaced.</summary>
    public static SizeFigures At(Row row, EnterpriseSize tier, SizeIndicator? changed = null, decimal? value = null)
    {
        decimal? Get(SizeIndicator i) => (row.Indicators & i) == 0 ? null : i == changed ? value : Bound(row, tier, i);
        var employees = Get(X);
        return new SizeFigures((int?)employees, Get(Y), Get(Z));
    }

    /// <summary>Just below a bound: one person fewer, or 0.01 万元 less.</summary>
    public static decimal Below(SizeIndicator indicator, decimal bound) => indicator == X ? bound - 1 : bound - 0.01m;
}
