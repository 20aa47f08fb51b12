using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.ReviewComplaint;

internal static class ReviewComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<AcceptanceDecisionRequest, ReviewComplaintHandler>(cases, "/{id:long}/acceptance", (h, id, body, scope, ct) => h.DecideAsync(id, body, scope, ct))
            .WithSummary("Accept, return for completion, or reject with a statutory ground / 受理审查");
}
