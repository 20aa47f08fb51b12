using Yiwang.Kernel.Codes;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>A stored region code as people read it ("浙江省 杭州市 西湖区", "全国"); a code that is not one stays as it is.</summary>
internal static class RegionNames
{
    public static string Of(string? code) =>
        string.IsNullOrEmpty(code) ? string.Empty : RegionCode.TryParse(code, out var region, out _) ? ProvinceNames.FullName(region) : code;
}
