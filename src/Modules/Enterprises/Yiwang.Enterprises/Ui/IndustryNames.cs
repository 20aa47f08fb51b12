using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Ui;

internal static class IndustryNames
{
    /// <summary>
    /// The name of an industry code in the current language; a class the directory lacks shows its nearest named parent
    /// (group, then division), so a page never falls back to a bare code.
    /// </summary>
    public static string Of(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (IndustryCode.TryParse(code[..length], out var industry, out _) && IndustryDirectory.Default.TryGet(industry, out var info))
                return Bilingual.T(info.Name, info.NameEn ?? info.Name);
        }

        return Bilingual.T("未知行业", "Unknown industry");
    }
}
