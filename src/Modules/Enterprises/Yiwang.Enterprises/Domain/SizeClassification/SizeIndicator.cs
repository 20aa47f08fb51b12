using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>The three indicators of 300号 item 2 / the NBS table; flags so a row can name its pair.</summary>
[Flags]
internal enum SizeIndicator : byte
{
    [Label("无", "None")]
    None = 0,

    [Label("从业人员", "Employees")]
    Employees = 1,

    [Label("营业收入", "Revenue")]
    RevenueTenThousandYuan = 2,

    [Label("资产总额", "Total assets")]
    TotalAssetsTenThousandYuan = 4,
}

internal static class SizeIndicatorText
{
    /// <summary>Fixed evaluation and display order of the indicators.</summary>
    public static readonly SizeIndicator[] All =
        [SizeIndicator.Employees, SizeIndicator.RevenueTenThousandYuan, SizeIndicator.TotalAssetsTenThousandYuan];

    public static string JsonName(this SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => "employees",
        SizeIndicator.RevenueTenThousandYuan => "revenueTenThousandYuan",
        _ => "totalAssetsTenThousandYuan",
    };

    public static string NameZh(this SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => "从业人员",
        SizeIndicator.RevenueTenThousandYuan => "营业收入",
        _ => "资产总额",
    };

    public static string NameEn(this SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => "employees",
        SizeIndicator.RevenueTenThousandYuan => "revenue",
        _ => "total assets",
    };

    public static string UnitZh(this SizeIndicator indicator) => indicator == SizeIndicator.Employees ? "人" : "万元";

    public static string UnitEn(this SizeIndicator indicator) =>
        indicator == SizeIndicator.Employees ? string.Empty : " (10k yuan)";

    public static SizeIndicator? FromJsonName(string name) => name switch
    {
        "employees" => SizeIndicator.Employees,
        "revenueTenThousandYuan" => SizeIndicator.RevenueTenThousandYuan,
        "totalAssetsTenThousandYuan" => SizeIndicator.TotalAssetsTenThousandYuan,
        _ => null,
    };
}
