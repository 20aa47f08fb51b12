using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Kernel.Access;

namespace Yiwang.Enterprises.Features.RegisterStatistics;

internal static class RegisterStatisticsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprises/statistics", async (string? region, string? industry, RegisterStatisticsHandler handler, HttpContext http, CancellationToken ct) =>
                Results.Ok(await handler.ComputeAsync(new RegisterFilter(region, industry), CallerScope.FromPrincipal(http.User), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .WithSummary("Register counts by size, industry row and province / 规模统计");
}
