using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.SubmitComplaint;

internal static class SubmitComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/submission", async (long id, VersionInput? body, SubmitComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.SubmitAsync(id, CallerScope.FromPrincipal(http.User), body?.ExpectedVersion, ct)).ToHttp(s => Results.Ok(s)))
            .RequireRateLimiting("submit")
            .WithSummary("Submit (checks SME status, completeness, duplicates) / 提交投诉");
}
