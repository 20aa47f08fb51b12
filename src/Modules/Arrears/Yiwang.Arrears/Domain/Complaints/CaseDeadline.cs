using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

internal enum DeadlineKind
{
    [Label("受理审查", "Acceptance review")] AcceptanceReview,
    [Label("转交处理部门", "Forwarding to the handling department")] Forwarding,
    [Label("形成处理结果", "Handling result")] Handling,
}

internal enum DeadlineAlert
{
    [Label("正常", "On time")] None,
    [Label("即将到期", "Due soon")] DueSoon,
    [Label("已逾期", "Overdue")] Overdue,
}

/// <summary>
/// A statutory clock on a case, stored with the rule that produced it and the calendar version used, so it can be
/// shown, explained and recomputed when the calendar is corrected.
/// </summary>
internal sealed class CaseDeadline
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateOnly StartOn { get; set; }
    public int Days { get; set; }

    /// <summary><c>working-days</c> or <c>calendar-days</c>.</summary>
    public string Unit { get; set; } = string.Empty;
    public DateOnly DueOn { get; set; }
    public string RuleId { get; set; } = string.Empty;
    public string RuleZh { get; set; } = string.Empty;
    public string RuleEn { get; set; } = string.Empty;
    public string CalendarVersion { get; set; } = string.Empty;

    /// <summary>The day the clock stopped because the step was done; null while running.</summary>
    public DateOnly? MetOn { get; set; }
    public DeadlineAlert Alert { get; set; }

    public bool IsRunning => MetOn is null;

    public bool InWorkingDays => Unit == "working-days";
}
