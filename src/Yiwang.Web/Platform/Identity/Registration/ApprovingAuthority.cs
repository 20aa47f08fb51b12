using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Registration;

/// <summary>
/// Who decides a registration: the officials whose jurisdiction (county, city or province) covers the enterprise's
/// registration region, named by the nearest department that has an account ("杭州市西湖区经济和信息化局"), or — when none
/// has — by the region ("浙江省杭州市西湖区的工业和信息化主管部门").
/// </summary>
internal static class ApprovingAuthority
{
    /// <summary>National officials oversee, they do not decide registrations; county, city and province officials do.</summary>
    public static bool Decides(CallerScope caller, RegionCode region) =>
        caller.IsAdmin || (caller.IsOfficial && caller.Jurisdiction is { } j && j.Level != JurisdictionLevel.National && region.IsWithin(j));

    public static bool DecidesAny(CallerScope caller) =>
        caller.IsAdmin || (caller.IsOfficial && caller.Jurisdiction is { Level: not JurisdictionLevel.National });

    public static async Task<Bilingual> NameAsync(PlatformDbContext db, RegionCode region, CancellationToken cancellationToken)
    {
        var levels = new[] { region.Value, region.City.Value, region.Province.Value }.Distinct().ToList();
        var officials = from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.Official select ur.UserId;
        var departments = await db.Users.Where(u => u.RegionCode != null && levels.Contains(u.RegionCode) && u.DepartmentName != null && officials.Contains(u.Id))
            .Select(u => new { u.RegionCode, u.DepartmentName }).ToListAsync(cancellationToken);
        var nearest = departments.OrderBy(d => levels.IndexOf(d.RegionCode!)).ThenBy(d => d.DepartmentName, StringComparer.Ordinal).FirstOrDefault();
        if (nearest is not null) return new(nearest.DepartmentName!, nearest.DepartmentName!);
        var place = RegionDirectory.Default.FullName(region).Replace(" ", string.Empty, StringComparison.Ordinal);
        return new($"{place}的工业和信息化主管部门", $"the industry and IT authority of {place}");
    }
}
