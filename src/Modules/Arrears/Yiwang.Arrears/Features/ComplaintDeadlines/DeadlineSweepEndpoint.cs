using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

internal static class DeadlineSweepEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/admin/complaint-deadlines/sweep", async (DeadlineSweep sweep, HttpContext http, CancellationToken ct) =>
                CallerScope.FromPrincipal(http.User).IsAdmin ? Results.Ok(await sweep.RunAsync(ct)) : ApiProblems.Forbidden(new("仅平台管理员可以操作", "Administrators only")))
            .RequireAuthorization()
            .DisableAntiforgery()
            .WithTags("Complaints")
            .WithSummary("Run the deadline sweep now (it also runs hourly) / 立即执行期限巡检");
}
