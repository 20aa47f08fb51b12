using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity;

internal sealed record TokenRequest([property: Required] string Email, [property: Required] string Password);

internal static class TokenEndpoint
{
    /// <summary>
    /// <c>POST /api/v1/auth/token</c>: exchanges e-mail and password for a bearer token
    /// (same password rules, lockout and rate limit as the login page).
    /// </summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", async (TokenRequest request, SignInManager<PlatformUser> signIn, IAuditTrail audit, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrWhiteSpace(request.Password))
                    return Results.Problem(statusCode: 400, title: Bilingual.T("邮箱和密码必填", "Email and password are required"));
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var user = await signIn.UserManager.FindByEmailAsync(request.Email);
                var result = user is null
                    ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                    : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
                await audit.RecordAsync(new AuditEvent(result.Succeeded ? "account.token" : result.IsLockedOut ? "account.login.locked" : "account.login.failed",
                    user?.Id ?? "unknown-account", user?.Id ?? "anonymous"), ct);
                if (result.Succeeded) return Results.Empty; // the bearer handler has written the token response
                return Results.Problem(
                    statusCode: 401,
                    title: result.IsLockedOut
                        ? Bilingual.T("账户已被临时锁定，请稍后再试", "Account temporarily locked; try again later")
                        : Bilingual.T("邮箱或密码错误", "Wrong email or password"));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Auth")
            .WithSummary("Get a bearer token / 获取访问令牌");
        return app;
    }
}
