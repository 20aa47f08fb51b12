using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ExportRegister;

/// <summary>The caller's scoped, filtered register as CSV (UTF-8 with BOM, for Excel) or .xlsx, in the import column layout.</summary>
internal static class ExportRegisterEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprises/export", async (string? format, string? region, string? industry, string? size, string? q,
                EnterprisesDbContext db, IAuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
                if (!xlsx && format is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                    return ApiProblems.Invalid("format", new Bilingual("格式应为 csv 或 xlsx", "format must be csv or xlsx"));
                var caller = CallerScope.FromPrincipal(http.User);
                var records = await new RegisterFilter(region, industry, size, q).Apply(db.Enterprises.AsNoTracking(), caller)
                    .OrderBy(e => e.RegionCode).ThenBy(e => e.Uscc).ToListAsync(ct);
                var rows = records.Select(ToRow);
                // The writers are synchronous; a temporary file keeps memory flat and the response asynchronous.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                var header = RegisterColumns.EnglishNames;
                if (xlsx) ClassifiedRegisterWriter.WriteXlsx(file, header, rows);
                else ClassifiedRegisterWriter.WriteCsv(file, header, rows);
                file.Position = 0;
                await audit.RecordAsync(new AuditEvent("register.exported", $"{records.Count} rows", caller.UserId, $"format={(xlsx ? "xlsx" : "csv")};region={region}"), ct);
                return Results.Stream(file, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                    $"yiwang-register-{clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}.{(xlsx ? "xlsx" : "csv")}");
            })
            .RequireAuthorization()
            .WithSummary("Export the register in your scope / 导出企业名录");

    private static ClassifiedRow ToRow(EnterpriseRecord e) => new(
        [
            e.Uscc, e.Name, e.RegionCode, e.IndustryCode, e.Employees?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.RevenueTenThousandYuan?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.TotalAssetsTenThousandYuan?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.ReportingYear.ToString(CultureInfo.InvariantCulture),
        ],
        e.Size ?? string.Empty, e.IndustryRow ?? string.Empty, e.SizeRuleSet ?? string.Empty, e.Size is null ? "not covered" : string.Empty);
}
