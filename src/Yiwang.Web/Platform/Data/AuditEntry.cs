namespace Yiwang.Web.Platform.Data;

/// <summary>
/// One link of the tamper-evident audit chain: <see cref="Hash"/> covers this entry's fields and the previous hash,
/// so changing or deleting any entry breaks every link after it.
/// </summary>
internal sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActorId { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string Subject { get; set; } = string.Empty;
    public string? Details { get; set; }
    public string PreviousHash { get; set; } = string.Empty;
    public string Hash { get; set; } = string.Empty;
}
