using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.RecordResult;

internal static class RecordResultEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<ResultRequest, RecordResultHandler>(cases, "/{id:long}/result", (h, id, body, scope, ct) => h.ResolveAsync(id, body, scope, ct))
            .WithSummary("Enter the handling result with written feedback / 形成处理结果");
}
