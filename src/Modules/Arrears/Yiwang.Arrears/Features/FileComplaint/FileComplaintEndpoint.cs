using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.FileComplaint;

internal static class FileComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases)
    {
        cases.MapPost("/", async (ComplaintDraftRequest? body, FileComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.CreateDraftAsync(body, CallerScope.FromPrincipal(http.User), ct))
                    .ToHttp(s => Results.Created($"/api/v1/complaints/{s.Id}", new { s.Id, s.Version, s.Status })))
            .RequireRateLimiting("submit")
            .WithSummary("Save a new draft complaint / 保存投诉草稿");

        cases.MapPut("/{id:long}", async (long id, ComplaintDraftRequest? body, FileComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                body is null ? ApiProblems.BodyRequired()
                : (await handler.UpdateDraftAsync(id, body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("Update a draft or returned complaint / 修改草稿或补正");
    }
}
