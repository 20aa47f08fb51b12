namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>One transition or step on a case: who, when, in which role, and why. Append-only.</summary>
internal sealed class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public string ActorRole { get; set; } = string.Empty;

    /// <summary>A stable verb, e.g. <c>submitted</c>, <c>accepted</c>, <c>step.supervision-notice</c>.</summary>
    public string Action { get; set; } = string.Empty;
    public string? Note { get; set; }

    /// <summary>Whether a respondent may read this entry (internal notes of officials are not shown to it).</summary>
    public bool VisibleToRespondent { get; set; }
}
