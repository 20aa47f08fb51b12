using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.ForwardComplaint;

internal static class ForwardComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<ForwardingRequest, ForwardComplaintHandler>(cases, "/{id:long}/forwarding", (h, id, body, scope, ct) => h.ForwardAsync(id, body, scope, ct), whenEmpty: () => new ForwardingRequest(null, null))
            .WithSummary("Forward to the handling department by the routing rules / 转交处理投诉部门");
}
