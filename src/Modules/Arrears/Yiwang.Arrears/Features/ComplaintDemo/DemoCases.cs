using Yiwang.Arrears.Contracts;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintDemo;

/// <summary>Where a demo case is taken to, through the same transitions a real case goes through.</summary>
internal enum DemoPath
{
    Draft,
    Submitted,
    Withdrawn,
    Returned,
    Rejected,
    Accepted,
    Handling,
    HandlingExtended,
    ResolvedPaid,
    ResolvedPlan,
    ClosedPaid,
    ClosedPartly,
    ClosedPlan,
    ClosedNotSubstantiated,
    ClosedCourt,
}

internal sealed record DemoComplainant(string Uscc, string Name, string Region, string Size, string Contact, string Phone);

internal sealed record DemoRespondent(string Name, string Uscc, RespondentType Type, string Region, bool Central = false);

/// <param name="FiledDaysAgo">Days before the seed's reference date on which it was first submitted (or drafted).</param>
internal sealed record DemoCase(string Contract, int Complainant, int Respondent, decimal OwedYuan, int FiledDaysAgo, DemoPath Path, string Description);

/// <summary>
/// Thirty-one invented cases for the demo database: the enterprises are the Enterprises module's fixed demo register rows
/// (the demo account's own 91330106MA27XW1K3Y first), the respondents are fictitious organisations across Zhejiang.
/// Contract numbers all start with <see cref="ContractPrefix"/>, which is also how a second run knows it has nothing to do.
/// </summary>
internal static class DemoCases
{
    public const string ContractPrefix = "YWDEMO-";

    public static readonly DemoComplainant[] Complainants =
    [
        new("91330106MA27XW1K3Y", "杭州西湖精密机械有限公司", "330106", "small", "王芳", "13812345678"),
        new("91330106MA2CFEB019", "杭州西湖云数科技有限公司", "330106", "small", "李强", "13905711234"),
        new("91330106MA2CFEB02C", "杭州西湖茶业有限公司", "330106", "small", "陈静", "13757104321"),
        new("91330102MA2CFEB04Q", "杭州上城商贸有限公司", "330102", "small", "周伟", "13588802468"),
    ];

    public static readonly DemoRespondent[] Respondents =
    [
        new(DemoComplaints.RespondentName, DemoComplaints.RespondentUscc, RespondentType.LargeEnterprise, "330106"),
        new("杭州市西湖区城市建设管理服务中心", "12330106MB1234567", RespondentType.PublicInstitution, "330106"),
        new("杭州市上城区住房和城乡建设局", "11330102002480123", RespondentType.GovernmentBody, "330102"),
        new("杭州余杭城建发展集团有限公司", "91330110MA2B7D4K1", RespondentType.StateOwnedEnterprise, "330110"),
        new("宁波鄞州港城建设有限公司", "91330212MA2H8P3W7", RespondentType.LargeEnterprise, "330212"),
        new("温州市鹿城区教育局", "11330302002570456", RespondentType.GovernmentBody, "330302"),
        new("义乌国际商贸城建设发展有限公司", "91330782MA2E5T6N9", RespondentType.StateOwnedEnterprise, "330782"),
        new("湖州吴兴智能装备集团股份有限公司", "91330502MA2D9R2L4", RespondentType.LargeEnterprise, "330502"),
        new("绍兴市越城区人民医院", "12330602470012345", RespondentType.PublicInstitution, "330602"),
        new("中国东方建设集团有限公司浙江分公司", "91330106MA2J3F8Q6", RespondentType.StateOwnedEnterprise, "330106", Central: true),
    ];

    public static readonly DemoCase[] All =
    [
        new("YWDEMO-001", 0, 0, 268000m, 5, DemoPath.Draft, "2025年交付液压缸配件一批，验收合格后逾期未付。"),
        new("YWDEMO-002", 3, 6, 96000m, 3, DemoPath.Draft, "供应日用百货至商贸城项目部，结算后未付款。"),
        new("YWDEMO-003", 0, 1, 152000m, 4, DemoPath.Submitted, "为街道改造项目加工护栏构件，验收后超过30日未付款。"),
        new("YWDEMO-004", 1, 2, 430000m, 12, DemoPath.Submitted, "承建住建局政务系统运维，服务期满验收后未支付尾款。"),
        new("YWDEMO-005", 2, 5, 58000m, 26, DemoPath.Submitted, "向区属学校供应茶叶及办公用品，验收合格逾期未付。"),
        new("YWDEMO-006", 3, 4, 715000m, 40, DemoPath.Submitted, "供应建材至港城建设项目，对账确认后逾期未付。"),
        new("YWDEMO-007", 1, 7, 186000m, 30, DemoPath.Returned, "为装备集团开发设备管理软件，交付后未付款。"),
        new("YWDEMO-008", 2, 8, 64000m, 95, DemoPath.Rejected, "医院食堂茶叶供货款，双方已申请仲裁。"),
        new("YWDEMO-009", 3, 3, 240000m, 160, DemoPath.Rejected, "与城建集团之间为借款关系，非采购款项。"),
        new("YWDEMO-010", 0, 4, 880000m, 14, DemoPath.Accepted, "为港城建设加工钢结构件，验收合格后逾期未付。"),
        new("YWDEMO-011", 1, 9, 1260000m, 35, DemoPath.Accepted, "为央企分公司项目提供信息化服务，结算后未付款。"),
        new("YWDEMO-012", 0, 0, 380000m, 28, DemoPath.Handling, "交付数控机床配件并验收合格，约定60日付款，至今未付。"),
        new("YWDEMO-013", 2, 1, 72000m, 32, DemoPath.Handling, "为城建服务中心提供绿化茶苗，验收后未付款。"),
        new("YWDEMO-014", 1, 6, 560000m, 70, DemoPath.Handling, "为商贸城开发招商系统，验收后超期未付。"),
        new("YWDEMO-015", 3, 5, 134000m, 85, DemoPath.Handling, "向教育局供应办公设备，验收合格超90日未付。"),
        new("YWDEMO-016", 0, 7, 1450000m, 50, DemoPath.HandlingExtended, "为装备集团加工精密零部件，多份合同累计欠款。"),
        new("YWDEMO-017", 1, 3, 690000m, 62, DemoPath.HandlingExtended, "为城建集团提供工程信息化服务，结算金额有争议。"),
        new("YWDEMO-018", 0, 2, 215000m, 75, DemoPath.ResolvedPaid, "为住建局维修机电设备，验收后逾期未付。"),
        new("YWDEMO-019", 3, 0, 520000m, 90, DemoPath.ResolvedPlan, "向重工集团供应劳保用品，对账确认后未付款。"),
        new("YWDEMO-020", 2, 4, 88000m, 110, DemoPath.ResolvedPaid, "为港城建设食堂供应茶叶，结算后未付。"),
        new("YWDEMO-021", 0, 0, 460000m, 330, DemoPath.ClosedPaid, "交付自动化夹具并验收合格，约定60日付款，逾期未付。"),
        new("YWDEMO-022", 1, 1, 126000m, 300, DemoPath.ClosedPaid, "为城建服务中心开发巡检小程序，验收后未付。"),
        new("YWDEMO-023", 3, 2, 310000m, 270, DemoPath.ClosedPartly, "向住建局供应办公家具，验收合格后未付。"),
        new("YWDEMO-024", 0, 3, 2100000m, 240, DemoPath.ClosedPlan, "为城建集团加工桥梁钢构件，结算后逾期未付。"),
        new("YWDEMO-025", 2, 5, 45000m, 215, DemoPath.ClosedPaid, "向教育局供应茶叶礼品，验收后未付款。"),
        new("YWDEMO-026", 1, 8, 398000m, 190, DemoPath.ClosedNotSubstantiated, "为医院提供信息系统服务，院方称尚未验收。"),
        new("YWDEMO-027", 3, 7, 275000m, 175, DemoPath.ClosedPaid, "向装备集团供应包装材料，对账后未付。"),
        new("YWDEMO-028", 0, 6, 640000m, 140, DemoPath.ClosedCourt, "为商贸城项目加工幕墙构件，对方称质量争议。"),
        new("YWDEMO-029", 1, 4, 820000m, 125, DemoPath.ClosedPartly, "为港城建设开发物流调度平台，验收后未付尾款。"),
        new("YWDEMO-030", 2, 9, 156000m, 120, DemoPath.ClosedPaid, "为央企分公司项目部供应茶叶，结算后未付。"),
        new("YWDEMO-031", 0, 5, 76000m, 18, DemoPath.Withdrawn, "向教育局供应车间实训设备配件，验收后未付；已与对方和解。"),
    ];
}
