using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.ConfirmResult;

internal static class ConfirmResultEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/confirmation", async (long id, ConfirmationRequest? body, ConfirmResultHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.AnswerAsync(id, body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("The complainant confirms the result or objects / 投诉人确认或提出异议");
}
