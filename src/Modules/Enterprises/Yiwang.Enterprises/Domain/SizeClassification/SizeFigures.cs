namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// The figures an enterprise reports. Any may be absent when the industry row does not use it
/// (农林牧渔 uses revenue only, 其他未列明 employees only).
/// </summary>
internal readonly record struct SizeFigures(int? Employees, decimal? RevenueTenThousandYuan, decimal? TotalAssetsTenThousandYuan)
{
    public decimal? Get(SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => Employees,
        SizeIndicator.RevenueTenThousandYuan => RevenueTenThousandYuan,
        _ => TotalAssetsTenThousandYuan,
    };
}
