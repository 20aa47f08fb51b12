using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Yiwang.Web.Platform;

/// <summary>
/// The <c>Security</c> section: <c>RequireHttps</c> (the site is served over HTTPS, usually by a TLS proxy in front) makes
/// every cookie Secure; <c>KnownProxies</c> lists the proxies whose X-Forwarded-For/-Proto are believed, so throttles
/// and rate limits see the real client address. Production also sends HSTS; no response says which server runs it.
/// </summary>
internal static class HostSecurity
{
    public static WebApplicationBuilder AddHostSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Security");
        var requireHttps = section.GetValue("RequireHttps", false);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.HttpOnly = HttpOnlyPolicy.None; // each cookie says so itself (the culture cookie is read by no script either way)
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false; // the platform does not own its parent domain's other sites
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var text in (section["KnownProxies"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (IPAddress.TryParse(text, out var proxy)) o.KnownProxies.Add(proxy);
        });
        return builder;
    }

    public static WebApplication UseHostSecurity(this WebApplication app)
    {
        if (!string.IsNullOrEmpty(app.Configuration["Security:KnownProxies"])) app.UseForwardedHeaders();
        if (app.Environment.IsProduction()) app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }
}
