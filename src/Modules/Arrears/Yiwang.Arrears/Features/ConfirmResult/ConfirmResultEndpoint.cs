using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.ConfirmResult;

internal static class ConfirmResultEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<ConfirmationRequest, ConfirmResultHandler>(cases, "/{id:long}/confirmation", (h, id, body, scope, ct) => h.AnswerAsync(id, body, scope, ct))
            .WithSummary("The complainant confirms the result or objects / 投诉人确认或提出异议");
}
