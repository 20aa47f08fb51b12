using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

internal enum ExtensionDecision
{
    [Label("待审批", "Pending")] Pending,
    [Label("已批准", "Approved")] Approved,
    [Label("未批准", "Refused")] Refused,
}

/// <summary>第二十五条第二款: an extension of the handling period needs the department head's approval; logged either way.</summary>
internal sealed class ExtensionRequest
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Days { get; set; }
    public string Reason { get; set; } = string.Empty;
    public string RequestedBy { get; set; } = string.Empty;
    public DateTimeOffset RequestedAt { get; set; }
    public ExtensionDecision Decision { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
}
