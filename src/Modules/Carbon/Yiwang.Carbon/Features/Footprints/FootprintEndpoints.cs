using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Carbon.Features.Pact;
using Yiwang.Carbon.Features.Suppliers;
using Yiwang.Carbon.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Carbon.Features.Footprints;

internal static class FootprintEndpoints
{
    /// <summary>The report page's print button (the content security policy allows no inline script, only 'self').</summary>
    private const string PrintScript =
        "document.querySelectorAll('[data-print]').forEach(function (b) { b.hidden = false; b.addEventListener('click', function () { window.print(); }); });";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/carbon/footprints", async (ComputeFootprintRequest request, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.ComputeAsync(request, CallerScope.FromPrincipal(http.User), ct))
                    .ToHttp(done => Results.Created($"/api/v1/carbon/footprints/{done.Record.Id}", FootprintView.Of(done.Record, done.Result))))
            .RequireAuthorization()
            .RequireRateLimiting("submit")
            .DisableAntiforgery() // bearer clients send no antiforgery token; cookie callers are covered by SameSite=Strict
            .WithSummary("Compute a product footprint from a template / 按模板核算产品碳足迹");

        api.MapGet("/carbon/footprints", async (FootprintHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var caller = CallerScope.FromPrincipal(http.User);
                return caller.IsEnterprise || caller.IsAdmin ? Results.Ok(await handler.ListAsync(caller, ct)) : CarbonProblems.Forbidden();
            })
            .RequireAuthorization()
            .WithSummary("Your product footprints / 本企业的产品碳足迹");

        api.MapGet("/carbon/footprints/{id:guid}", async (Guid id, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), ct) is { } found
                    ? Results.Ok(FootprintView.Of(found.Record, found.Result)) : CarbonProblems.NotFound())
            .RequireAuthorization()
            .WithSummary("One footprint with stages and contributions / 碳足迹详情");

        api.MapGet("/carbon/footprints/{id:guid}/pact", async (Guid id, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), ct) is { } found
                    ? Results.Text(PactExport.ProductFootprint(found.Record, found.Result).ToJsonString(new() { WriteIndented = true }), "application/json", Encoding.UTF8)
                    : CarbonProblems.NotFound())
            .RequireAuthorization()
            .WithSummary("Export as a PACT v2 ProductFootprint / 导出 PACT 格式");

        api.MapGet("/carbon/footprints/{id:guid}/report.csv", async (Guid id, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), ct) is { } found
                    ? Results.File(ReportCsv.Write(found.Record, found.Result), "text/csv; charset=utf-8", $"carbon-footprint-{id:N}.csv")
                    : CarbonProblems.NotFound())
            .RequireAuthorization()
            .WithSummary("GB/T 24067 report as CSV (opens in Excel) / 碳足迹报告下载");

        api.MapPut("/carbon/footprints/{id:guid}/data-quality", async (Guid id, Dictionary<string, DqrRating>? ratings, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.RateDataQualityAsync(id, ratings, CallerScope.FromPrincipal(http.User), ct)).ToHttp(report => Results.Ok(report)))
            .RequireAuthorization()
            .RequireRateLimiting("submit")
            .DisableAntiforgery() // as above: bearer clients
            .WithSummary("Rate the data quality of a footprint's inputs (PACT DQR 1–3, by input name) / 数据质量评级");

        api.MapGet("/carbon/report-print.js", () => Results.Text(PrintScript, "text/javascript", Encoding.UTF8))
            .AllowAnonymous()
            .ExcludeFromDescription();

        api.MapGet("/carbon/footprints/{id:guid}/report.xlsx", async (Guid id, string? usable, string? cycles, string? years, FootprintHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (await handler.FindAsync(id, CallerScope.FromPrincipal(http.User), ct) is not { } found) return CarbonProblems.NotFound();
                BatteryDeclaration? battery = null;
                if (BatteryDeclaration.Applies(found.Result))
                {
                    var life = BatteryServiceLife.Read(usable, cycles, years);
                    if (!life.Succeeded) return life.ToHttp();
                    battery = BatteryDeclaration.Of(found.Result, life.Value!);
                }

                var workbook = ReportWorkbook.Write(found.Record, found.Result, FootprintHandler.ReadDataQuality(found.Record, found.Result), battery);
                return Results.File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"carbon-footprint-{id:N}.xlsx");
            })
            .RequireAuthorization()
            .WithSummary("GB/T 24067 report as an .xlsx workbook (battery: usable, cycles, years for EU Art. 7) / 碳足迹报告（Excel）");

        api.MapPost("/carbon/pact-clients", async (PactClientRequest request, PactCredentials credentials, HttpContext http, CancellationToken ct) =>
                (await credentials.IssueClientAsync(request.Name, CallerScope.FromPrincipal(http.User), ct))
                    .ToHttp(issued => Results.Ok(new JsonObject { ["clientId"] = issued.ClientId, ["clientSecret"] = issued.Secret, ["tokenEndpoint"] = "/auth/token" })))
            .RequireAuthorization()
            .RequireRateLimiting("submit")
            .DisableAntiforgery()
            .WithSummary("Issue PACT client credentials to a customer (the secret is shown once) / 签发 PACT 客户端凭据");

        api.MapGet("/carbon/pact-clients", async (PactCredentials credentials, HttpContext http, CancellationToken ct) =>
            {
                var caller = CallerScope.FromPrincipal(http.User);
                if (!caller.IsEnterprise) return CarbonProblems.Forbidden();
                return Results.Ok((await credentials.ListClientsAsync(caller, ct)).Select(c => new PactClientView(c.ClientId, c.Name, c.CreatedAtUtc, c.RevokedAtUtc)));
            })
            .RequireAuthorization()
            .WithSummary("PACT clients your enterprise issued, with when each was revoked / 已签发的 PACT 客户端");

        api.MapDelete("/carbon/pact-clients/{clientId}", async (string clientId, PactCredentials credentials, HttpContext http, CancellationToken ct) =>
                (await credentials.RevokeClientAsync(clientId, CallerScope.FromPrincipal(http.User), ct)).ToHttp())
            .RequireAuthorization()
            .RequireRateLimiting("submit")
            .DisableAntiforgery() // bearer clients send no antiforgery token; cookie callers are covered by SameSite=Strict
            .WithSummary("Revoke a PACT client: its tokens stop working at once / 撤销 PACT 客户端");

        api.MapPost("/carbon/supplier-footprints", async (HttpContext http, SupplierFootprints suppliers, CancellationToken ct) =>
            {
                JsonNode? body;
                try
                {
                    body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct);
                }
                catch (System.Text.Json.JsonException)
                {
                    return ApiProblems.Invalid("body", new("请求体不是有效的 JSON", "The body is not valid JSON"));
                }

                return (await suppliers.ImportAsync(body, CallerScope.FromPrincipal(http.User), ct)).ToHttp(record => Results.Ok(SupplierFootprintView.Of(record)));
            })
            .RequireAuthorization()
            .RequireRateLimiting("submit")
            .DisableAntiforgery()
            .WithSummary("Import a supplier's PACT footprint / 导入供应商 PACT 碳足迹");

        api.MapGet("/carbon/supplier-footprints", async (SupplierFootprints suppliers, HttpContext http, CancellationToken ct) =>
                Results.Ok((await suppliers.ListAsync(CallerScope.FromPrincipal(http.User), ct)).Select(SupplierFootprintView.Of)))
            .RequireAuthorization()
            .WithSummary("Supplier footprints you imported / 已导入的供应商碳足迹");
    }
}

internal sealed record PactClientRequest(string? Name);

internal sealed record PactClientView(string ClientId, string Name, DateTime CreatedAt, DateTime? RevokedAt);

internal sealed record SupplierFootprintView(
    Guid Id, Guid PfId, int Version, string CompanyName, string ProductName, string DeclaredUnit, double KgCo2ePerDeclaredUnit, double? BiogenicCarbonKgCPerDeclaredUnit)
{
    public static SupplierFootprintView Of(Data.SupplierFootprintRecord r) =>
        new(r.Id, r.PfId, r.PfVersion, r.CompanyName, r.ProductName, r.DeclaredUnit, r.KgCo2ePerUnit, r.BiogenicCarbonContentKgCPerUnit);
}
