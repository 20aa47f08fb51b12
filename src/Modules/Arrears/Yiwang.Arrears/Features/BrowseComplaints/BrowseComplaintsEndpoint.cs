using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.BrowseComplaints;

internal static class BrowseComplaintsEndpoint
{
    public static void Map(RouteGroupBuilder cases)
    {
        // page and pageSize arrive as text: "page=abc" is the caller's mistake (400 naming the field), not a binding failure.
        cases.MapGet("/", async (string? status, string? region, string? alert, string? q, string? page, string? pageSize,
                BrowseComplaintsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var paging = Paging.Read(page, pageSize, defaultSize: 20);
                if (paging.Errors.Any) return CommandResult.Invalid(paging.Errors).ToHttp();
                return Results.Ok(await handler.ListAsync(new ComplaintFilter(status, region, alert, q), paging.Page, paging.PageSize, CallerScope.FromPrincipal(http.User), ct));
            })
            .WithSummary("Cases within your scope, masked / 投诉案件列表（按权限，个人信息脱敏）");

        cases.MapGet("/{id:long}", async (long id, BrowseComplaintsHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), ct) is { } detail ? Results.Ok(detail) : ApiProblems.NotFound(CaseCommands.NotFoundText))
            .WithSummary("One case with deadlines and timeline / 案件详情");
    }
}
