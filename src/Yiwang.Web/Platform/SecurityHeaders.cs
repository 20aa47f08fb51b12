namespace Yiwang.Web.Platform;

/// <summary>
/// Browser hardening on every response (ASVS V3 / ZAP baseline passive rules): no sniffing, no framing, no referrer
/// leakage, and a content security policy. The interactive API reference needs its own inline script, so it alone
/// gets a looser script rule. A signed-in caller's pages and API answers are personal: never stored by a browser or
/// proxy cache.
/// </summary>
internal static class SecurityHeaders
{
    private const string PagePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-reference") ? ApiReferencePolicy : PagePolicy;
            context.Response.OnStarting(() =>
            {
                var personal = context.User.Identity?.IsAuthenticated == true
                    && (context.Request.Path.StartsWithSegments("/api") || context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true);
                if (personal) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
