namespace Yiwang.Web.Platform.Notifications;

/// <summary>One message in one account's in-app inbox. Both languages are stored so the reader's language wins at read time.</summary>
internal sealed class InboxEntry
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Reference { get; set; } = string.Empty;
    public string SubjectZh { get; set; } = string.Empty;
    public string SubjectEn { get; set; } = string.Empty;
    public string BodyZh { get; set; } = string.Empty;
    public string BodyEn { get; set; } = string.Empty;
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
