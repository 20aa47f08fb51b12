using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Web.Navigation;
using Yiwang.Web.Platform.Identity.Registration;
using static Yiwang.Kernel.Web.Navigation.NavLink;

namespace Yiwang.Web.Platform.Navigation;

/// <summary>
/// The top navigation: each module's pages, each link shown to exactly the roles its page admits (the crawl test in
/// Yiwang.E2E follows every link as every demo role and fails on a 无权访问).
/// </summary>
internal static class SiteNavigation
{
    private static readonly Func<CallerScope, bool> OfficialOrAdmin = Only(Roles.Official, Roles.Admin);

    public static IReadOnlyList<NavSection> Sections { get; } =
    [
        new("services", new("企业服务", "Services"), 10,
        [
            new(new("企业规模自测", "Enterprise size self-test"), "/size/self-test", Everyone),
            new(new("逾期利息计算", "Late-payment interest"), "/arrears/interest", Everyone),
            new(new("付款期限计算", "Payment due date"), "/arrears/payment-due-date", Everyone),
        ]),
        new("complaints", new("欠款投诉", "Complaints"), 20,
        [
            new(new("我的投诉", "My complaints"), "/complaints", Only(Roles.Enterprise)),
            new(new("新建投诉", "File a complaint"), "/complaints/new", Only(Roles.Enterprise)),
            new(new("被投诉案件", "Complaints against us"), "/complaints", Only(Roles.Respondent)),
            new(new("投诉案件", "Complaint cases"), "/complaints", OfficialOrAdmin),
            new(new("投诉统计", "Complaint dashboard"), "/complaints/dashboard", OfficialOrAdmin),
            new(new("公开统计", "Public figures"), "/complaints/statistics", Everyone),
        ]),
        new("cultivation", new("专精特新", "SME tiers"), 30,
        [
            new(new("梯度培育介绍", "About tiered cultivation"), "/cultivation", Everyone),
            new(new("申报专精特新", "Apply for recognition"), "/cultivation/apply", Only(Roles.Enterprise)),
            new(new("我的申报", "My applications"), "/cultivation/applications", Only(Roles.Enterprise)),
            new(new("数字化水平自评", "Digital-level self-assessment"), "/cultivation/digital-level", Only(Roles.Enterprise)),
            new(new("申报审核", "Review queue"), "/cultivation/applications", OfficialOrAdmin),
            new(new("培育统计", "Cultivation charts"), "/cultivation/charts", OfficialOrAdmin),
            new(new("公告名单", "Published lists"), "/cultivation/published", Everyone),
        ]),
        new("carbon", new("碳足迹", "Carbon"), 40,
        [
            new(new("我的产品碳足迹", "My product footprints"), "/carbon", Only(Roles.Enterprise)),
            new(new("产品碳足迹", "Product footprints"), "/carbon", Only(Roles.Admin)),
            new(new("供应商碳足迹", "Supplier footprints"), "/carbon/suppliers", Only(Roles.Enterprise)),
            new(new("数据交换客户端", "Data-exchange clients"), "/carbon/pact-clients", Only(Roles.Enterprise)),
        ]),
        new("register", new("企业名录", "Register"), 50,
        [
            new(new("我的企业", "My enterprise"), "/enterprises", Only(Roles.Enterprise)), // the register page opens the enterprise's own entry
            new(new("名录查询", "Browse the register"), "/enterprises", OfficialOrAdmin),
            new(new("规模统计", "Size statistics"), "/enterprises/statistics", OfficialOrAdmin),
            new(new("导入名录", "Import the register"), "/enterprises/import", OfficialOrAdmin),
            new(new("标准调整影响", "Rule-change impact"), "/enterprises/impact", OfficialOrAdmin),
        ]),
        new("indicators", new("产业指标", "Indicators"), 60,
        [
            new(new("指标总览", "All indicators"), "/indicators", Everyone),
            new(new("算力网络", "Computing network"), "/indicators/compute-network", Everyone),
            new(new("月度简报", "Monthly brief"), "/indicators/brief", Everyone),
            // Only national and provincial authorities keep series; county and city officials would find nothing to import.
            new(new("导入指标数据", "Import indicator data"), "/indicators/import",
                c => c.IsOfficial && c.Jurisdiction is { Level: JurisdictionLevel.National or JurisdictionLevel.Province }),
            // Where the figures (and the carbon factors, on its second tab) come from: provenance is for administrators.
            new(new("数据来源", "Data sources"), "/admin/data-sources", Only(Roles.Admin)),
        ]),
        new("admin", new("系统管理", "Admin"), 90,
        [
            new(new("账户管理", "Accounts"), "/admin/users", Only(Roles.Admin)),
            new(new("企业注册审核", "Enterprise registrations"), "/account/registrations", ApprovingAuthority.DecidesAny),
            new(new("审计日志", "Audit log"), "/admin/audit", Only(Roles.Admin)),
            new(new("工作日历", "Work calendar"), "/admin/calendar", Only(Roles.Admin)),
            new(new("投诉转交规则", "Complaint routing"), "/admin/complaint-routing", Only(Roles.Admin)),
            new(new("界面组件", "Design system"), "/design", Only(Roles.Admin)),
        ]),
    ];

    /// <summary>The one link of the menu that is the current page (the longest match), to mark it for screen readers.</summary>
    public static string? CurrentHref(CallerScope caller, string path) =>
        Sections.SelectMany(s => s.VisibleTo(caller)).Select(l => l.Href)
            .Where(h => NavPaths.Matches(h, path)).OrderByDescending(h => h.Length).FirstOrDefault();
}
