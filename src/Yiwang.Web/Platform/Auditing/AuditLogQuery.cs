using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>One audit entry as the admin page shows it: the actor by name and masked address instead of a user id.</summary>
internal sealed record AuditLogRow(long Sequence, DateTimeOffset At, string Action, string Subject, string Actor, string Hash);

/// <summary>
/// The audit log page's read: the chain verified end to end, then one page of entries, newest first, optionally those
/// whose action starts with a prefix (e.g. "complaint." or "account.").
/// </summary>
internal sealed class AuditLogQuery(PlatformDbContext db, AuditChainVerifier verifier)
{
    public const int PageSize = 50;

    public async Task<(AuditVerification Verification, IReadOnlyList<AuditLogRow> Rows, int Total)> ReadAsync(
        string? actionPrefix, int page, CancellationToken cancellationToken)
    {
        var verification = await verifier.VerifyAsync(db, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actionPrefix)) entries = entries.Where(e => e.Action.StartsWith(actionPrefix.Trim()));
        var total = await entries.CountAsync(cancellationToken);
        var slice = await entries.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var ids = slice.Select(e => e.ActorId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var rows = slice.Select(e => new AuditLogRow(e.Sequence, e.At, e.Action, e.Subject,
            people.TryGetValue(e.ActorId, out var p) ? $"{p.DisplayName} · {EmailMask.Mask(p.Email ?? "")}" : e.ActorId,
            e.Hash)).ToList();
        return (verification, rows, total);
    }
}
