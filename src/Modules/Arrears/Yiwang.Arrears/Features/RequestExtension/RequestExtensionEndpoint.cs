using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.RequestExtension;

internal static class RequestExtensionEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/extensions", async (long id, ExtensionRequestInput? body, RequestExtensionHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.RequestAsync(id, body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("Request an extension of the handling period (≤90 days in total) / 申请延期");
}
