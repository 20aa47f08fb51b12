using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yiwang.Kernel.Access;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>
/// Whether a cookie's or token's principal still matches the database: its session is open, and the account is
/// unlocked, verified and has the same security stamp, roles, USCC, region and head flag the principal claims. Any
/// difference ends the principal (the caller signs in again), so nothing granted earlier outlives its withdrawal.
/// </summary>
internal sealed class SessionCheck
{
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly string stampClaim;
    private readonly ShortCache<AccountState> accounts;
    private readonly ShortCache<SessionState> sessions;

    public SessionCheck(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<SessionSettings> options, IOptions<IdentityOptions> identity)
    {
        this.scopes = scopes;
        this.clock = clock;
        stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        accounts = new(clock, () => options.CurrentValue.CheckWindow);
        sessions = new(clock, () => options.CurrentValue.CheckWindow);
    }

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionId = principal.FindFirstValue(SessionClaims.SessionId);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(sessionId)) return false;
        var now = clock.GetUtcNow();

        var session = await sessions.GetAsync(sessionId, () => LoadSessionAsync(sessionId));
        if (session is null || session.UserId != userId || session.RevokedAt is not null || session.ExpiresAt <= now) return false;

        var account = await accounts.GetAsync(userId, () => LoadAccountAsync(userId));
        return account is not null && account.Matches(principal, stampClaim, now) && account.SecurityStamp == session.SecurityStamp;
    }

    /// <summary>After a change made here: the next request reads the database instead of the cached answer.</summary>
    public void ForgetAccount(string userId) => accounts.Forget(userId);

    public void ForgetSession(string sessionId) => sessions.Forget(sessionId);

    private async Task<SessionState?> LoadSessionAsync(string id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Set<UserSession>().AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SessionState(s.UserId, s.ExpiresAt, s.RevokedAt, s.SecurityStamp)).FirstOrDefaultAsync();
    }

    private async Task<AccountState?> LoadAccountAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd, u.EmailConfirmed, u.Uscc, u.RegionCode }).FirstOrDefaultAsync();
        if (user is null) return null;
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();
        var head = await db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == SessionClaims.DepartmentHead && c.ClaimValue == "true");
        return new AccountState(user.SecurityStamp ?? string.Empty, user.LockoutEnd, user.EmailConfirmed,
            new HashSet<string>(roles, StringComparer.Ordinal), NullIfEmpty(user.Uscc), NullIfEmpty(user.RegionCode), head);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record SessionState(string UserId, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, string SecurityStamp);

    private sealed record AccountState(string SecurityStamp, DateTimeOffset? LockoutEnd, bool EmailConfirmed, HashSet<string> Roles, string? Uscc, string? Region, bool Head)
    {
        public bool Matches(ClaimsPrincipal principal, string stampClaim, DateTimeOffset now) =>
            EmailConfirmed
            && (LockoutEnd is null || LockoutEnd <= now)
            && principal.FindFirstValue(stampClaim) == SecurityStamp
            && Roles.SetEquals(principal.FindAll(ClaimTypes.Role).Select(c => c.Value))
            && principal.FindFirstValue(YiwangClaims.Uscc) == Uscc
            && principal.FindFirstValue(YiwangClaims.Region) == Region
            && principal.HasClaim(SessionClaims.DepartmentHead, "true") == Head;
    }
}
