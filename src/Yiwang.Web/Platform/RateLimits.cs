using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform;

/// <summary>Per-client limits on logins and submissions (security baseline: brute force and flooding).</summary>
internal static class RateLimits
{
    public const string Login = "login";
    public const string Submit = "submit";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var loginPerMinute = configuration.GetValue("RateLimits:LoginPerMinute", 10);
        var submitPerMinute = configuration.GetValue("RateLimits:SubmitPerMinute", 120);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    type = "https://tools.ietf.org/html/rfc6585#section-4",
                    title = Bilingual.T("请求过于频繁，请稍后再试", "Too many requests; try again later"),
                    status = 429,
                }, token);
            };
            o.AddPolicy(Login, context => PerClient(context, loginPerMinute));
            o.AddPolicy(Submit, context => PerClient(context, submitPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
