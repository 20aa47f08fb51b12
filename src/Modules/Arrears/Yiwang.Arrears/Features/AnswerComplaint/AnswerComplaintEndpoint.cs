using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.AnswerComplaint;

internal static class AnswerComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<RespondentAnswerRequest, AnswerComplaintHandler>(cases, "/{id:long}/respondent-answer", (h, id, body, scope, ct) => h.AnswerAsync(id, body, scope, ct), whenEmpty: () => new RespondentAnswerRequest(null, null))
            .RequireRateLimiting("submit")
            .WithSummary("The respondent answers its case / 被投诉人反馈");
}
