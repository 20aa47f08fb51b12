using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.RecordHandlingStep;

internal static class RecordHandlingStepEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/steps", async (long id, HandlingStepRequest? body, RecordHandlingStepHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.RecordAsync(id, body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("Record a handling step: contact, answer, 督办书, 约谈, 通报 / 记录处理过程");
}
