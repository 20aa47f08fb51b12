using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>A running clock as the next-step message needs it.</summary>
internal sealed record RunningClock(DeadlineKind Kind, DateOnly DueOn, int Days, bool WorkingDays, bool Provisional);

/// <summary>
/// What a case looks like right after a command: the handler reads it from the case it saved, the case page (after the
/// redirect) from the case it shows, and both say the same next step.
/// </summary>
internal sealed record CaseNow(IReadOnlyList<RunningClock> Running, string? HandlingDepartment, ExtensionDecision? LastDecision)
{
    public static CaseNow Of(ComplaintCase c) => new(
        [.. c.Deadlines.Where(d => d.IsRunning).Select(d => new RunningClock(d.Kind, d.DueOn, d.Days, d.InWorkingDays, ComplaintClocks.IsProvisional(d)))],
        c.HandlingDepartment, c.Extensions.Where(e => e.Decision != ExtensionDecision.Pending).OrderBy(e => e.DecidedAt).LastOrDefault()?.Decision);

    public RunningClock? Clock(DeadlineKind kind) => Running.FirstOrDefault(r => r.Kind == kind);
}

/// <summary>
/// The sentence a user reads after a command: what happens next, with the deadline now running and its basis
/// ("已提交，受理审查截止 2026年12月21日（10个工作日）"), never a bare "已保存".
/// </summary>
internal static class NextStep
{
    public static Bilingual After(CaseAction action, CaseNow now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var review = Due(now.Clock(DeadlineKind.AcceptanceReview));
        var forwarding = Due(now.Clock(DeadlineKind.Forwarding));
        var handling = Due(now.Clock(DeadlineKind.Handling));
        var department = CaseEventNotes.DepartmentName(now.HandlingDepartment);
        return action switch
        {
            CaseAction.Edit => new("已保存。上传证明材料后即可提交投诉。", "Saved. Upload the evidence, then submit the complaint."),
            CaseAction.UploadEvidence => new("材料已上传。材料齐全后即可提交投诉。", "Evidence uploaded. Submit the complaint once everything is there."),
            CaseAction.Submit => new($"已提交，受理审查截止 {review.Zh}。受理投诉部门将审查是否受理。",
                $"Submitted. The acceptance review is due {review.En}; the accepting department decides whether to accept it."),
            CaseAction.Withdraw => new("投诉已撤回，各项期限已停止，案件结束。", "The complaint is withdrawn; its deadlines have stopped and the case has ended."),
            CaseAction.Accept => new($"已受理，转交处理投诉部门截止 {forwarding.Zh}。", $"Accepted. Forwarding to the handling department is due {forwarding.En}."),
            CaseAction.Return => new("已退回补正，投诉企业补充材料后可重新提交；受理审查期限已停止。",
                "Returned for completion: the complainant can add what is missing and submit again; the review clock has stopped."),
            CaseAction.Reject => new("已决定不予受理，投诉企业将收到通知及理由，案件结束。", "Declined: the complainant is told why, and the case has ended."),
            CaseAction.Forward => new($"已转交{department}，处理结果截止 {handling.Zh}。", $"Forwarded to {department}; the result is due {handling.En}."),
            CaseAction.RecordStep => new($"已记录。处理结果截止 {handling.Zh}。", $"Recorded. The result is due {handling.En}."),
            CaseAction.Respond => new("反馈已送处理投诉部门。", "Your answer has gone to the handling department."),
            CaseAction.RequestExtension => new($"延期申请已提交部门负责人审批；批准前，处理结果仍截止 {handling.Zh}。",
                $"The extension request has gone to the head of department; until it is approved the result is still due {handling.En}."),
            CaseAction.DecideExtension when now.LastDecision == ExtensionDecision.Approved =>
                new($"已批准延期，处理结果截止 {handling.Zh}。", $"Extension approved: the result is now due {handling.En}."),
            CaseAction.DecideExtension => new($"未批准延期，处理结果仍截止 {handling.Zh}。", $"Extension refused: the result is still due {handling.En}."),
            CaseAction.Resolve => new("处理结果已书面反馈投诉企业和受理投诉部门，待投诉企业确认。",
                "The result has gone in writing to the complainant and the accepting department; the complainant now confirms or objects."),
            CaseAction.Confirm => new("已确认处理结果，案件办结。", "Result confirmed: the case is closed."),
            CaseAction.Object => new($"已提出异议，处理投诉部门重新督办，处理结果截止 {handling.Zh}。",
                $"Objection recorded: the handling department takes the case up again; the result is due {handling.En}."),
            CaseAction.RecordPayment => new("已登记还款。", "Payment recorded."),
            _ => new("已完成。", "Done."),
        };
    }

    /// <summary>"2026年12月21日（10个工作日）" / "21 Dec 2026 (10 working days)", marked provisional when it is.</summary>
    private static Bilingual Due(RunningClock? clock)
    {
        if (clock is null) return new("—", "—");
        var date = Dates(clock.DueOn);
        var zh = $"{date.Zh}（{clock.Days}个{(clock.WorkingDays ? "工作日" : "自然日")}{(clock.Provisional ? "，临时期限" : "")}）";
        var en = $"{date.En} ({clock.Days} {(clock.WorkingDays ? "working" : "calendar")} days{(clock.Provisional ? ", provisional" : "")})";
        return new(zh, en);
    }

    private static Bilingual Dates(DateOnly d) => new($"{d.Year}年{d.Month}月{d.Day}日", d.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
}
