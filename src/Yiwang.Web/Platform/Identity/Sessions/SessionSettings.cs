namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>The <c>Sessions</c> configuration section: how long a sign-in lasts and how stale a check may be.</summary>
internal sealed class SessionSettings
{
    public const string Section = "Sessions";

    /// <summary>
    /// How long this process trusts what it last read about an account and a session (security stamp, lock, roles,
    /// revocation) before reading the database again. 0 = every request. Revocations made by this process apply at
    /// once; those made by another node of a cluster after at most this long.
    /// </summary>
    public double CheckSeconds { get; set; } = 30;

    /// <summary>Lifetime of a bearer access token; clients renew it with the refresh token.</summary>
    public double AccessTokenMinutes { get; set; } = 15;

    /// <summary>A browser cookie ends after this long without a request (sliding).</summary>
    public double IdleMinutes { get; set; } = 8 * 60;

    /// <summary>Every session, browser or API, ends this long after sign-in however active it is (ASVS 3.3.2).</summary>
    public double AbsoluteHours { get; set; } = 12;

    public TimeSpan CheckWindow => TimeSpan.FromSeconds(Math.Max(0, CheckSeconds));
}
