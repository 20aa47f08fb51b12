using Yiwang.Cultivation.Data;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>
/// Who may see and who may act on an application. 梯度培育 (63号 / 2号): the county or city department reviews first,
/// the province recognises 创新型 and 专精特新 and nominates 小巨人, MIIT recognises 小巨人.
/// </summary>
internal static class ApplicationAccess
{
    public const string LittleGiant = "littleGiant";

    public static bool CanSee(CallerScope caller, ApplicationRecord app) => caller.Role switch
    {
        Roles.Admin => true,
        Roles.Enterprise => caller.Enterprise is { } own && own.Value == app.Uscc,
        Roles.Official => caller.RegionPrefix is { } prefix && app.RegionCode.StartsWith(prefix, StringComparison.Ordinal),
        _ => false,
    };

    public static IQueryable<ApplicationRecord> Visible(IQueryable<ApplicationRecord> query, CallerScope caller)
    {
        if (caller.IsAdmin) return query;
        if (caller.IsEnterprise && caller.Enterprise is { } own)
        {
            var uscc = own.Value;
            return query.Where(a => a.Uscc == uscc);
        }

        if (caller.IsOfficial && caller.RegionPrefix is { } prefix) return query.Where(a => a.RegionCode.StartsWith(prefix));
        return query.Where(_ => false);
    }

    public static Bilingual? DenyLocalReview(CallerScope caller) =>
        caller.IsOfficial && caller.Jurisdiction?.Level is JurisdictionLevel.County or JurisdictionLevel.City
            ? null : new Bilingual("只有县（市、区）或地市级中小企业主管部门可以初审", "Only a county or city SME department does the preliminary review");

    public static Bilingual? DenyProvincial(CallerScope caller) =>
        caller.IsOfficial && caller.Jurisdiction?.Level == JurisdictionLevel.Province
            ? null : new Bilingual("只有省级中小企业主管部门可以作出此决定", "Only the provincial SME department decides this");

    public static Bilingual? DenyNational(CallerScope caller) =>
        caller.IsOfficial && caller.Jurisdiction?.Level == JurisdictionLevel.National
            ? null : new Bilingual("只有工业和信息化部可以认定专精特新“小巨人”", "Only MIIT recognises 专精特新 little giants");

    /// <summary>Revocation belongs to whoever recognised: MIIT for 小巨人, the province otherwise.</summary>
    public static Bilingual? DenyRevoke(CallerScope caller, ApplicationRecord app) =>
        app.Tier == LittleGiant ? DenyNational(caller) : DenyProvincial(caller);
}
