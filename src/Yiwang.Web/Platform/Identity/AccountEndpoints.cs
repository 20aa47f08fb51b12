using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Identity;

internal static class AccountEndpoints
{
    /// <summary>Form posts from the login page and the sign-out button (antiforgery-checked, rate limited).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async ([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl,
                SignInManager<PlatformUser> signIn, IAuditTrail audit, CancellationToken ct) =>
            {
                var user = await signIn.UserManager.FindByEmailAsync(email ?? string.Empty);
                var result = user is null
                    ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                    : await signIn.PasswordSignInAsync(user, password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
                var back = IsLocal(returnUrl) ? returnUrl! : "/";
                if (result.Succeeded)
                {
                    await audit.RecordAsync(new AuditEvent("account.login", user!.Id, user.Id), ct);
                    return Results.LocalRedirect(back);
                }

                // Failed sign-ins are security events (ASVS 16.3.1); the subject is the account id, never the typed e-mail.
                await audit.RecordAsync(new AuditEvent(result.IsLockedOut ? "account.login.locked" : "account.login.failed", user?.Id ?? "unknown-account", "anonymous"), ct);
                var error = result.IsLockedOut ? "locked" : "failed";
                return Results.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
            })
            .RequireRateLimiting(RateLimits.Login)
            .ExcludeFromDescription();

        app.MapPost("/account/logout", async (SignInManager<PlatformUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
