using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>
/// Mints what an API client gets: a short-lived access token (a data-protected ticket the bearer handler reads, naming
/// its session) and a new refresh token for the same session. The claims come fresh from the database each time.
/// </summary>
internal sealed class TokenIssuer(
    IUserClaimsPrincipalFactory<PlatformUser> principals, IOptionsMonitor<BearerTokenOptions> bearer, IOptionsMonitor<SessionSettings> options,
    SessionStore sessions, TimeProvider clock)
{
    public async Task<AccessTokenResponse> IssueAsync(PlatformUser user, UserSession session, CancellationToken cancellationToken)
    {
        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaims.SessionId, session.Id));
        var lifetime = TimeSpan.FromMinutes(options.CurrentValue.AccessTokenMinutes);
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + lifetime }, IdentityConstants.BearerScheme);
        return new AccessTokenResponse
        {
            AccessToken = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)lifetime.TotalSeconds,
            RefreshToken = await sessions.NewRefreshTokenAsync(session, cancellationToken),
        };
    }
}
