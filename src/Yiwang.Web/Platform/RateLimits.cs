using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Yiwang.Kernel.Text;

namespace Yiwang.Web.Platform;

/// <summary>
/// Limits on logins and submissions (security baseline: brute force and flooding). Each budget belongs to one endpoint
/// family (the first path segment after <c>/api/v1</c>: complaints, carbon, cultivation…) and to one caller — the
/// signed-in user, or the client address when anonymous — so 120 wrong PACT secrets from one address exhaust only that
/// address's anonymous PACT budget: the enterprises signed in behind the same address keep filing complaints.
/// </summary>
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
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(new
                {
                    type = "https://tools.ietf.org/html/rfc6585#section-4",
                    title = Bilingual.T("请求过于频繁，请稍后再试", "Too many requests; try again later"),
                    status = 429,
                }, token);
            };
            o.AddPolicy(Login, context => Partition(context, Login, loginPerMinute));
            o.AddPolicy(Submit, context => Partition(context, Submit, submitPerMinute));
        });
        return services;
    }

    /// <summary>The budget a request draws on: policy × endpoint family × caller.</summary>
    internal static string PartitionKey(HttpContext context, string policy)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var caller = user is not null ? "user:" + user : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return $"{policy}|{Family(context.Request.Path)}|{caller}";
    }

    private static string Family(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = segments.Length >= 2 && segments[0] == "api" && segments[1].StartsWith('v') ? 2 : 0;
        return segments.Length > start ? segments[start].ToLowerInvariant() : "-";
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context, policy),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
