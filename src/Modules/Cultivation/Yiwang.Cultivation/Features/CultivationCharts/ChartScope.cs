using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <summary>
/// Whose figures a chart shows and one level down: MIIT (and the admin) see provinces, a province its cities, a city its
/// counties; a county sees itself. Enterprises and anonymous callers see no statistics.
/// </summary>
internal sealed record ChartScope(RegionCode Region, string Prefix, int GroupDigits)
{
    public string Name => Region == RegionCode.National ? "全国" : RegionDirectory.Default.FullName(Region);

    /// <summary>The code of the row a region belongs to, e.g. 330106 → 330100 for a province's chart.</summary>
    public string RowOf(string regionCode) => GroupDigits >= 6 ? regionCode : regionCode[..GroupDigits].PadRight(6, '0');

    public static string RegionName(string code) => RegionDirectory.Default.Find(code)?.Name ?? code;

    public static (ChartScope? Scope, Bilingual? Denied) For(CallerScope caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var region = caller.IsAdmin ? RegionCode.National : caller.IsOfficial ? caller.Jurisdiction : null;
        if (region is not { } r) return (null, new Bilingual("统计图表仅向主管部门开放", "Statistics are for the departments only"));
        var digits = r.Level switch
        {
            JurisdictionLevel.National => 2,
            JurisdictionLevel.Province => 4,
            _ => 6,
        };
        return (new ChartScope(r, r.ScopePrefix, digits), null);
    }
}
