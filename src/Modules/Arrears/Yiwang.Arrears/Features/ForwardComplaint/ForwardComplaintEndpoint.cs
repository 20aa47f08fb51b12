using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ForwardComplaint;

internal static class ForwardComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/forwarding", async (long id, ForwardingRequest? body, ForwardComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ForwardAsync(id, body ?? new ForwardingRequest(null, null), CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("Forward to the handling department by the routing rules / 转交处理投诉部门");
}
