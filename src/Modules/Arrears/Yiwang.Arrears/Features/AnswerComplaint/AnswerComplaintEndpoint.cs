using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.AnswerComplaint;

internal static class AnswerComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/respondent-answer", async (long id, RespondentAnswerRequest? body, AnswerComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.AnswerAsync(id, body ?? new RespondentAnswerRequest(null, null), CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .RequireRateLimiting("submit")
            .WithSummary("The respondent answers its case / 被投诉人反馈");
}
