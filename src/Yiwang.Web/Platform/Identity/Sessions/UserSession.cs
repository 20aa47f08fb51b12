using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>
/// One sign-in: a browser's cookie or an API client's access and refresh tokens. Every request's principal names its
/// session (<see cref="SessionClaims.SessionId"/>), so ending this row ends that cookie or token — not only its
/// expiry. API sessions hold the hash of their current refresh token and of the one before (to spot a replayed one).
/// </summary>
internal sealed class UserSession
{
    public string Id { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;
    public SessionKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Absolute end, whatever the cookie's sliding renewals or the refresh tokens say.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The account's security stamp when the session began: a later change (password, sign out everywhere) ends it.</summary>
    public string SecurityStamp { get; set; } = string.Empty;

    public string? RefreshTokenHash { get; set; }
    public string? PreviousRefreshTokenHash { get; set; }
}

internal enum SessionKind
{
    [Label("浏览器", "Browser")] Browser,
    [Label("接口客户端", "API client")] Api,
}
