using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.RecordHandlingStep;

internal static class RecordHandlingStepEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<HandlingStepRequest, RecordHandlingStepHandler>(cases, "/{id:long}/steps", (h, id, body, scope, ct) => h.RecordAsync(id, body, scope, ct))
            .WithSummary("Record a handling step: contact, answer, 督办书, 约谈, 通报 / 记录处理过程");
}
