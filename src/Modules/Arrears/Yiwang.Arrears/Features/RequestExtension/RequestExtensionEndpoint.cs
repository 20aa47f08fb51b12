using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.RequestExtension;

internal static class RequestExtensionEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<ExtensionRequestInput, RequestExtensionHandler>(cases, "/{id:long}/extensions", (h, id, body, scope, ct) => h.RequestAsync(id, body, scope, ct))
            .WithSummary("Request an extension of the handling period (≤90 days in total) / 申请延期");
}
