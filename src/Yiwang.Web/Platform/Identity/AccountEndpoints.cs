using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity.SignIn;
using Yiwang.Web.Platform.Identity.Sessions;

namespace Yiwang.Web.Platform.Identity;

internal static class AccountEndpoints
{
    /// <summary>Form posts from the login page and the user menu (antiforgery-checked; sign-in rate limited).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl, HttpContext http,
                PasswordGate gate, SessionStore sessions, SignInManager<PlatformUser> signIn, IAuditTrail audit, CancellationToken ct) =>
            {
                var back = IsLocal(returnUrl) ? returnUrl! : "/";
                var result = await gate.CheckAsync(email, password, http.Connection.RemoteIpAddress, ct);
                switch (result.Outcome)
                {
                    case GateOutcome.Passed:
                        var session = await sessions.BeginAsync(result.User!, SessionKind.Browser, ct);
                        await signIn.SignInWithClaimsAsync(result.User!, isPersistent: false, [new Claim(SessionClaims.SessionId, session.Id)]);
                        await audit.RecordAsync(new AuditEvent("account.login", result.User!.Id, result.User.Id), ct);
                        return Results.LocalRedirect(back);
                    case GateOutcome.Unverified:
                        await http.SignInAsync(IdentitySetup.UnverifiedScheme,
                            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, result.User!.Id)], IdentitySetup.UnverifiedScheme)));
                        return Results.LocalRedirect("/account/verify-email");
                    default:
                        return Results.LocalRedirect($"/account/login?error=failed&returnUrl={Uri.EscapeDataString(back)}");
                }
            })
            .RequireRateLimiting(RateLimits.Login)
            .ExcludeFromDescription();

        app.MapPost("/account/logout", async (HttpContext http, SessionStore sessions, CancellationToken ct) =>
            {
                await sessions.EndAsync(http.User.FindFirst(SessionClaims.SessionId)?.Value, ct);
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                await http.SignOutAsync(IdentitySetup.UnverifiedScheme);
                return Results.LocalRedirect("/");
            })
            .AddEndpointFilter(RequireAntiforgeryToken)
            .ExcludeFromDescription();

        // Ends every session of the account: other browsers, other devices, every API token (a new security stamp).
        app.MapPost("/account/sign-out-everywhere", async (HttpContext http, UserManager<PlatformUser> users, SessionStore sessions, IAuditTrail audit, CancellationToken ct) =>
            {
                if (await users.GetUserAsync(http.User) is { } user)
                {
                    await users.UpdateSecurityStampAsync(user);
                    await sessions.EndAllAsync(user.Id, ct);
                    await audit.RecordAsync(new AuditEvent("account.sign-out-everywhere", user.Id, user.Id), ct);
                }

                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return Results.LocalRedirect("/account/login?signedOut=everywhere");
            })
            .RequireAuthorization()
            .AddEndpointFilter(RequireAntiforgeryToken)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Minimal APIs check the antiforgery token only while binding a form field; a post that binds none (sign-out) must
    /// check it itself, or any site can sign a user out (issue 14).
    /// </summary>
    private static async ValueTask<object?> RequireAntiforgeryToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context.HttpContext) ? await next(context) : Results.BadRequest();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
