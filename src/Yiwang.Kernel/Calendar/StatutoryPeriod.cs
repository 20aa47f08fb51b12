using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Calendar;

/// <summary>A period set by a provision: its length, its unit and the provision, so the deadline can cite it.</summary>
public sealed record StatutoryPeriod(string Id, int Days, PeriodUnit Unit, Bilingual Basis);

/// <summary>
/// The complaint clocks of 《保障中小企业款项支付条例》 (国务院令第802号, in force 2025-06-01) 第二十五条. Text quoted from
/// shared/reference/regulation-2025.md; the units differ on purpose (工作日 for transfer, 日 for handling).
/// </summary>
public static class StatutoryPeriods
{
    public static StatutoryPeriod ComplaintTransfer { get; } = new("arrears.complaint.transfer", 10, PeriodUnit.WorkingDays, new Bilingual(
        "《保障中小企业款项支付条例》第二十五条第一款：受理投诉部门自正式受理之日起10个工作日内将投诉转交处理投诉部门",
        "Regulation on Ensuring Payments to SMEs (2025), Art. 25(1): the accepting department transfers the complaint within 10 working days of formal acceptance"));

    public static StatutoryPeriod ComplaintHandling { get; } = new("arrears.complaint.handling", 30, PeriodUnit.CalendarDays, new Bilingual(
        "《保障中小企业款项支付条例》第二十五条第二款：处理投诉部门自收到投诉材料之日起30日内形成处理结果",
        "Regulation on Ensuring Payments to SMEs (2025), Art. 25(2): the handling department reaches a result within 30 days of receiving the complaint materials"));

    public static StatutoryPeriod ComplaintHandlingCap { get; } = new("arrears.complaint.handling-cap", 90, PeriodUnit.CalendarDays, new Bilingual(
        "《保障中小企业款项支付条例》第二十五条第二款：经部门负责人批准延长的，处理期限最长不得超过90日",
        "Regulation on Ensuring Payments to SMEs (2025), Art. 25(2): an extension approved by the head of department may not take handling beyond 90 days"));
}
