using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.DecideExtension;

internal static class DecideExtensionEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/extensions/{requestId:long}/decision", async (long id, long requestId, ExtensionDecisionInput? body,
                DecideExtensionHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.DecideAsync(id, requestId, body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("The head of the handling department approves or refuses an extension / 部门负责人审批延期");
}
