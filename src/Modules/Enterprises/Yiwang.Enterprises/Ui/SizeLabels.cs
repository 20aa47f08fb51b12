using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Ui;

internal static class SizeLabels
{
    public static readonly string[] Codes = ["large", "medium", "small", "micro"];

    public static string Name(string? size) => size switch
    {
        "large" => Bilingual.T("大型", "Large"),
        "medium" => Bilingual.T("中型", "Medium"),
        "small" => Bilingual.T("小型", "Small"),
        "micro" => Bilingual.T("微型", "Micro"),
        _ => Bilingual.T("未覆盖", "Not covered"),
    };
}
