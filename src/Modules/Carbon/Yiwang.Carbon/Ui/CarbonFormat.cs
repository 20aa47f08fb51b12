using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Ui;

/// <summary>Numbers and terms as people read them: kg CO2e rounded to their size, shares in percent, boundaries in words.</summary>
internal static class CarbonFormat
{
    /// <summary>kg CO2e: one decimal from 100 up ("15,931.5"), three below ("0.724").</summary>
    public static string Kg(double value) => Figures.Number(value, value == 0 ? 0 : Math.Abs(value) >= 100 ? 1 : 3);

    public static string Percent(double share) => Figures.Share(share);

    /// <summary>A factor or parameter as the data file gives it (up to six places, no grouping), the same in both languages.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The system boundary in words; the ISO term stays beside the Chinese, as reports quote it.</summary>
    public static string Boundary(string boundary) => boundary switch
    {
        "cradle-to-gate" => Bilingual.T("从摇篮到大门（cradle-to-gate）", "cradle-to-gate"),
        "cradle-to-grave" => Bilingual.T("从摇篮到坟墓（cradle-to-grave）", "cradle-to-grave"),
        "cradle-to-grave excluding use" => Bilingual.T("从摇篮到坟墓，不含使用阶段", "cradle-to-grave excluding use"),
        _ => boundary,
    };
}
