using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Ui;

internal static class RegionNames
{
    public static string Of(RegionCode code) =>
        RegionDirectory.Default.TryGet(code, out var info) ? $"{info.Name} ({code.Value})" : code.Value;

    public static string ProvinceName(string provinceDigits) =>
        RegionCode.TryParse(provinceDigits + "0000", out var code, out _) && RegionDirectory.Default.TryGet(code, out var info)
            ? info.Name
            : provinceDigits + "0000";
}
