using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.SignIn;

namespace Yiwang.Web.Platform.Identity.Sessions;

internal sealed record TokenRequest([property: Required] string Email, [property: Required] string Password);

internal sealed record RefreshRequest([property: Required] string RefreshToken);

/// <summary>The API's sign-in: tokens for a password, new tokens for a refresh token, and sign-out.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");

        // Same password rules, throttle and answer as the login page.
        auth.MapPost("/token", async (TokenRequest request, HttpContext http, PasswordGate gate, SessionStore sessions, TokenIssuer tokens,
                IAuditTrail audit, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrWhiteSpace(request.Password))
                    return Results.Problem(statusCode: 400, title: Bilingual.T("邮箱和密码必填", "Email and password are required"));
                var result = await gate.CheckAsync(request.Email, request.Password, http.Connection.RemoteIpAddress, ct);
                if (result.Outcome == GateOutcome.Refused) return Refused();
                if (result.Outcome == GateOutcome.Unverified)
                    return Results.Problem(statusCode: 403, title: Bilingual.T("邮箱尚未验证：请先点击验证邮件中的链接", "E-mail not verified yet: open the link in the verification e-mail first"));
                var session = await sessions.BeginAsync(result.User!, SessionKind.Api, ct);
                await audit.RecordAsync(new AuditEvent("account.token", result.User!.Id, result.User.Id), ct);
                return TypedResults.Ok(await tokens.IssueAsync(result.User, session, ct));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login)
            .Produces<AccessTokenResponse>()
            .WithSummary("Get an access token (15 min) and a refresh token / 获取访问令牌和刷新令牌");

        auth.MapPost("/refresh", async (RefreshRequest request, SessionStore sessions, UserManager<PlatformUser> users, TokenIssuer tokens,
                TimeProvider clock, CancellationToken ct) =>
            {
                var session = await sessions.RedeemAsync(request.RefreshToken, ct);
                var user = session is null ? null : await users.FindByIdAsync(session.UserId);
                if (session is null || user is null || user.SecurityStamp != session.SecurityStamp || !user.EmailConfirmed
                    || user.LockoutEnd is { } end && end > clock.GetUtcNow())
                {
                    if (session is not null) await sessions.EndAsync(session.Id, ct);
                    return Results.Problem(statusCode: 401, title: Bilingual.T("刷新令牌无效或已失效，请重新登录", "The refresh token is not valid any more; sign in again"));
                }

                return TypedResults.Ok(await tokens.IssueAsync(user, session, ct));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login)
            .Produces<AccessTokenResponse>()
            .WithSummary("Exchange a refresh token for new tokens; the old refresh token stops working / 用刷新令牌换取新令牌");

        auth.MapPost("/logout", async (HttpContext http, SessionStore sessions, CancellationToken ct) =>
            {
                await sessions.EndAsync(http.User.FindFirst(SessionClaims.SessionId)?.Value, ct);
                return Results.NoContent();
            })
            .RequireAuthorization()
            .DisableAntiforgery()
            .WithSummary("End this session: its access and refresh tokens stop working / 退出：令牌立即失效");
        return app;
    }

    public static IResult Refused() =>
        Results.Problem(statusCode: 401, title: Bilingual.T("邮箱或密码错误，或账户暂时无法登录", "Wrong e-mail or password, or the account cannot sign in right now"));
}
