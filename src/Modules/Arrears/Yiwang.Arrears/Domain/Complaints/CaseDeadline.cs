namespace Yiwang.Arrears.Domain.Complaints;

internal enum DeadlineKind
{
    AcceptanceReview,
    Forwarding,
    Handling,
}

internal enum DeadlineAlert
{
    None,
    DueSoon,
    Overdue,
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
}
