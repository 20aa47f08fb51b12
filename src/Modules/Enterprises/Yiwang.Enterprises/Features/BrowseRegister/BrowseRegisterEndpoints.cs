using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.BrowseRegister;

internal static class BrowseRegisterEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprises", async (string? region, string? industry, string? size, string? q, int? page, int? pageSize,
                BrowseRegisterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (size is not null && size is not ("large" or "medium" or "small" or "micro" or "uncovered"))
                    return ApiProblems.Invalid("size", new Bilingual("规模应为 large、medium、small、micro 或 uncovered", "size must be large, medium, small, micro or uncovered"));
                var result = await handler.ListAsync(new RegisterFilter(region, industry, size, q), page ?? 1, pageSize ?? 50,
                    CallerScope.FromPrincipal(http.User), ct);
                return Results.Ok(result);
            })
            .RequireAuthorization()
            .WithSummary("List the register within your scope / 企业名录（按权限范围）");

        api.MapGet("/enterprises/{uscc}", async (string uscc, BrowseRegisterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (!Uscc.TryParse(uscc, out var code, out var error)) return ApiProblems.InvalidCode("uscc", error);
                var found = await handler.FindAsync(code, CallerScope.FromPrincipal(http.User), ct);
                return found is null ? ApiProblems.NotFound(new Bilingual("未找到该企业或无权查看", "No such enterprise in your scope")) : Results.Ok(found);
            })
            .RequireAuthorization()
            .WithSummary("One enterprise / 企业详情");
    }
}
