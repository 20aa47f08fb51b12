namespace Yiwang.Arrears.Data;

/// <summary>A routing rule set an administrator stored; the newest is in force. Kept, never overwritten.</summary>
internal sealed class RoutingRuleSetRecord
{
    public long Id { get; set; }
    public string RuleSetId { get; set; } = string.Empty;
    public string Json { get; set; } = string.Empty;
    public string StoredBy { get; set; } = string.Empty;
    public DateTimeOffset StoredAt { get; set; }
}
