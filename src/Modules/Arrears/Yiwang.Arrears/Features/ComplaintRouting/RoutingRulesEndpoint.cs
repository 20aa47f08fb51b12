using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ComplaintRouting;

internal static class RoutingRulesEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/admin/complaint-routing", async (RoutingRulesHandler handler, HttpContext http, CancellationToken ct) =>
                CallerScope.FromPrincipal(http.User) is { IsAdmin: true } or { IsOfficial: true }
                    ? Results.Text((await handler.CurrentAsync(ct)).ToJson(), "application/json")
                    : ApiProblems.Forbidden(new("仅平台管理员和主管部门可以查看", "Administrators and officials only")))
            .RequireAuthorization().WithTags("Complaints").WithSummary("Routing rules in force / 投诉转交规则");

        api.MapPut("/admin/complaint-routing", async (HttpContext http, RoutingRulesHandler handler, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Request.Body);
                var json = await reader.ReadToEndAsync(ct);
                return (await handler.StoreAsync(json, CallerScope.FromPrincipal(http.User), ct)).ToHttp(set => Results.Text(set.ToJson(), "application/json"));
            })
            .RequireAuthorization().DisableAntiforgery().WithTags("Complaints").WithSummary("Replace the routing rules (admin) / 修改转交规则");
    }
}
