using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.BrowseRegister;

internal static class BrowseRegisterEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // page and pageSize arrive as text: "abc" must answer a 400 naming the parameter, not a binder failure.
        api.MapGet("/enterprises", async (string? region, string? industry, string? size, string? q, string? page, string? pageSize,
                BrowseRegisterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
                if (RegisterQuery.SizeError(size) is { } sizeError) errors["size"] = sizeError;
                if (!RegisterQuery.TryParseNumber(page, 1, 1, out var pageNumber)) errors["page"] = RegisterQuery.PageError(page!);
                if (!RegisterQuery.TryParseNumber(pageSize, 50, 1, out var perPage) || perPage > BrowseRegisterHandler.MaxPageSize)
                    errors["pageSize"] = RegisterQuery.PageSizeError(pageSize!);
                if (errors.Count > 0) return ApiProblems.Invalid(errors);
                var result = await handler.ListAsync(new RegisterFilter(region, industry, size, q), pageNumber, perPage, CallerScope.FromPrincipal(http.User), ct);
                return Results.Ok(result);
            })
            .RequireAuthorization()
            .WithSummary("List the register within your scope / 企业名录（按权限范围）");

        api.MapGet("/enterprises/{uscc}", async (string uscc, BrowseRegisterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (!Uscc.TryParse(uscc, out var code, out var error)) return ApiProblems.InvalidCode("uscc", error);
                var found = await handler.FindAsync(code, CallerScope.FromPrincipal(http.User), ct);
                return found is null ? ApiProblems.NotFound(new Bilingual("未找到该企业，或不在您的查看范围内", "No such enterprise in your scope")) : Results.Ok(found);
            })
            .RequireAuthorization()
            .WithSummary("One enterprise / 企业详情");
    }
}
