using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Yiwang.Web.Platform.Identity.Sessions;

internal static class SessionCheckMiddleware
{
    /// <summary>
    /// After authentication: a principal whose session ended or whose account changed becomes anonymous for this request
    /// (so a page redirects to the login, the API answers 401), and a stale cookie is deleted.
    /// </summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && !await context.RequestServices.GetRequiredService<SessionCheck>().IsCurrentAsync(context.User))
            {
                if (!IdentitySetup.IsBearerRequest(context.Request)) await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });
}
