using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Notifications;

/// <summary>One inbox line as the page and the API show it, in the reader's language.</summary>
internal sealed record InboxItem(Guid Id, string Kind, string Reference, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

internal sealed record InboxPage(IReadOnlyList<InboxItem> Items, int UnreadCount);

/// <summary>
/// Reads and marks one account's inbox. Every query filters on the caller's own user id, so another account's entry is
/// simply "not found" — its existence is not revealed.
/// </summary>
internal sealed class UserInbox(PlatformDbContext db, TimeProvider clock)
{
    public const int MaxTake = 200;

    public async Task<InboxPage> ListAsync(string userId, int take, bool unreadOnly, CancellationToken cancellationToken)
    {
        var own = Own(userId);
        if (unreadOnly) own = own.Where(e => e.ReadAt == null);
        var rows = await own.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(Math.Clamp(take, 1, MaxTake))
            .ToListAsync(cancellationToken);
        var unread = await UnreadCountAsync(userId, cancellationToken);
        return new InboxPage([.. rows.Select(ToItem)], unread);
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        Own(userId).CountAsync(e => e.ReadAt == null, cancellationToken);

    /// <returns>False when the entry does not exist or belongs to someone else.</returns>
    public async Task<bool> MarkReadAsync(string userId, Guid id, CancellationToken cancellationToken)
    {
        var entry = await Own(userId).AsTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null) return false;
        entry.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Only site-relative links are followed, so a stored entry can never send a reader to another site.</summary>
    public static string? SafeLink(string? link) =>
        link is { Length: > 0 } && link[0] == '/' && (link.Length == 1 || link[1] is not ('/' or '\\')) ? link : null;

    private IQueryable<InboxEntry> Own(string userId) =>
        string.IsNullOrEmpty(userId)
            ? db.Set<InboxEntry>().Where(_ => false)
            : db.Set<InboxEntry>().AsNoTracking().Where(e => e.UserId == userId);

    private static InboxItem ToItem(InboxEntry e) => new(
        e.Id, e.Kind, e.Reference, Bilingual.T(e.SubjectZh, e.SubjectEn), Bilingual.T(e.BodyZh, e.BodyEn), SafeLink(e.Link), e.CreatedAt, e.ReadAt);
}
