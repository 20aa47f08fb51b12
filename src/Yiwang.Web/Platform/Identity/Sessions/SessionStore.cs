using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>Begins, ends and (for API clients) renews sessions; every end also clears this process's cached answer.</summary>
internal sealed class SessionStore(PlatformDbContext db, TimeProvider clock, IOptionsMonitor<SessionSettings> options, SessionCheck check)
{
    public async Task<UserSession> BeginAsync(PlatformUser user, SessionKind kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Long-ended sessions of this account go now: the table holds what may still be presented, not a history.
        var stale = now - TimeSpan.FromDays(1);
        await db.Set<UserSession>().Where(s => s.UserId == user.Id && s.ExpiresAt < stale).ExecuteDeleteAsync(cancellationToken);
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = user.Id,
            Kind = kind,
            CreatedAt = now,
            ExpiresAt = now + TimeSpan.FromHours(options.CurrentValue.AbsoluteHours),
            SecurityStamp = user.SecurityStamp ?? string.Empty,
        };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    /// <summary>Ends one session (sign-out): its cookie or access token stops, and its refresh token with it.</summary>
    public async Task EndAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId)) return;
        var now = clock.GetUtcNow();
        await db.Set<UserSession>().Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken);
        check.ForgetSession(sessionId);
    }

    /// <summary>Ends every session of the account (sign out everywhere, lock, a change of role or jurisdiction, a new password).</summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.Set<UserSession>().Where(s => s.UserId == userId && s.RevokedAt == null).Select(s => s.Id).ToListAsync(cancellationToken);
        await db.Set<UserSession>().Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), cancellationToken);
        foreach (var id in open) check.ForgetSession(id);
        check.ForgetAccount(userId);
    }

    /// <summary>Gives the session a new refresh token (its hash is stored, the token itself only returned).</summary>
    public async Task<string> NewRefreshTokenAsync(UserSession session, CancellationToken cancellationToken)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Attach(session);
        session.PreviousRefreshTokenHash = session.RefreshTokenHash;
        session.RefreshTokenHash = Hash(secret);
        await db.SaveChangesAsync(cancellationToken);
        return $"{session.Id}.{secret}";
    }

    /// <summary>
    /// The open session a refresh token belongs to, or null. A token that was already exchanged (the previous one) means
    /// a copy is in someone else's hands: the whole session ends.
    /// </summary>
    public async Task<UserSession?> RedeemAsync(string? refreshToken, CancellationToken cancellationToken)
    {
        var dot = refreshToken?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0) return null;
        var (id, hash) = (refreshToken![..dot], Hash(refreshToken[(dot + 1)..]));
        var session = await db.Set<UserSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Kind == SessionKind.Api, cancellationToken);
        if (session is null || session.RevokedAt is not null || session.ExpiresAt <= clock.GetUtcNow()) return null;
        if (Same(hash, session.RefreshTokenHash)) return session;
        if (Same(hash, session.PreviousRefreshTokenHash)) await EndAsync(session.Id, cancellationToken);
        return null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static bool Same(string hash, string? stored) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(stored));
}
