namespace Yiwang.Web.Platform.Notifications;

/// <summary>
/// An e-mail waiting for, or past, delivery. Kept in the database (not in memory) so a restart loses nothing and the
/// sender can retry with backoff; <see cref="Status"/> ends as sent or, after the last attempt, failed.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public string ToAddress { get; set; } = string.Empty;
    public string Subject { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Reference { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>Stored as text so the table reads the same on both providers.</summary>
internal enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
