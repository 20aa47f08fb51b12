using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Yiwang.Web.Platform.Localization;

/// <summary>zh-CN is the default; a cookie (set by the language switch) or Accept-Language selects English.</summary>
internal static class CultureSetup
{
    private static readonly string[] Supported = ["zh-CN", "en"];

    public static IApplicationBuilder UsePlatformCultures(this IApplicationBuilder app) =>
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("zh-CN"),
            SupportedCultures = [.. Supported.Select(c => new CultureInfo(c))],
            SupportedUICultures = [.. Supported.Select(c => new CultureInfo(c))],
            RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        });

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = Supported.Contains(culture) ? culture : "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                // Max-Age, not Expires: the lifetime is counted by the browser's own clock, whatever the server's clock says.
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Only local paths: an open redirect would let phishing pages borrow our domain.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).ExcludeFromDescription();
        return app;
    }
}
