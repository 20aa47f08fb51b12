using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>The clocks of a complaint: the two of 第二十五条 (in the kernel) and the acceptance review.</summary>
internal static class ComplaintPeriods
{
    /// <summary>
    /// The regulation sets no review period; the MIIT 暂行办法 (2021) says "收到投诉后，应当在10个工作日内进行审查"
    /// [secondary source, arrears-regulation.md §3.9], so it is kept here as data with that citation.
    /// </summary>
    public static StatutoryPeriod AcceptanceReview { get; } = new("arrears.complaint.acceptance-review", 10, PeriodUnit.WorkingDays, new Bilingual(
        "《保障中小企业款项支付投诉处理暂行办法》（2021）：受理投诉部门收到投诉后应当在10个工作日内进行审查",
        "MIIT Interim Measures on Payment Complaints (2021): the accepting department reviews a complaint within 10 working days of receipt"));

    public static StatutoryPeriod Forwarding => StatutoryPeriods.ComplaintTransfer;

    public static StatutoryPeriod Handling => StatutoryPeriods.ComplaintHandling;

    public static int HandlingCapDays => StatutoryPeriods.ComplaintHandlingCap.Days;

    public static StatutoryPeriod For(DeadlineKind kind) => kind switch
    {
        DeadlineKind.AcceptanceReview => AcceptanceReview,
        DeadlineKind.Forwarding => Forwarding,
        _ => Handling,
    };
}
