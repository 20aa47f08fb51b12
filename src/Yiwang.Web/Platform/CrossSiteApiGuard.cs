using Yiwang.Kernel.Text;
using Yiwang.Web.Platform.Identity;

namespace Yiwang.Web.Platform;

/// <summary>
/// Cookie-authenticated writes to the JSON API must come from our own pages. The API takes no antiforgery token (bearer
/// clients cannot send one), and SameSite alone let a multipart import with a foreign Origin through (issue 14), so a
/// write that carries the sign-in cookie is refused when the browser says it is cross-site: <c>Sec-Fetch-Site</c> other
/// than same-origin, or an <c>Origin</c> of another host. Bearer requests are not affected.
/// </summary>
internal static class CrossSiteApiGuard
{
    public static IApplicationBuilder UseCrossSiteApiGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api") && !IsSafe(request.Method) && !IdentitySetup.IsBearerRequest(request)
                && request.Cookies.ContainsKey(IdentitySetup.AuthCookie) && IsCrossSite(request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "application/problem+json";
                await context.Response.WriteAsJsonAsync(new
                {
                    type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
                    title = Bilingual.T("跨站请求被拒绝：请从一网页面操作，或使用访问令牌", "Cross-site request refused: use Yiwang's own pages, or an access token"),
                    status = 403,
                }, context.RequestAborted);
                return;
            }

            await next(context);
        });

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return fetchSite is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false; // not a browser's cross-site request: browsers send Origin on every cross-site POST
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
