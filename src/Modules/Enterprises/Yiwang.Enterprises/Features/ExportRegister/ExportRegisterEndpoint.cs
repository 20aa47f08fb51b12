using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Features.BrowseRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ExportRegister;

/// <summary>
/// The caller's scoped, filtered register as CSV (UTF-8 with BOM, for Excel) or .xlsx: Chinese headers and labels unless
/// <c>?lang=en</c>, the import's columns first so the file imports again (see <see cref="RegisterExport"/>).
/// </summary>
internal static class ExportRegisterEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprises/export", async (string? format, string? lang, string? region, string? industry, string? size, string? q,
                EnterprisesDbContext db, IAuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
                if (!xlsx && format is not null && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
                    return ApiProblems.Invalid("format", new Bilingual("导出格式应为 csv 或 xlsx", "The export format must be csv or xlsx"));
                if (!ExportLanguage.TryParse(lang, out var english))
                    return ApiProblems.Invalid("lang", new Bilingual("导出语言应为 zh（中文）或 en（英文）", "The export language must be zh (Chinese) or en (English)"));
                if (RegisterQuery.SizeError(size) is { } sizeError) return ApiProblems.Invalid("size", sizeError);
                var caller = CallerScope.FromPrincipal(http.User);
                var records = await new RegisterFilter(region, industry, size, q).Apply(db.Enterprises.AsNoTracking(), caller)
                    .OrderBy(e => e.RegionCode).ThenBy(e => e.Uscc).ToListAsync(ct);
                // The writers are synchronous; a temporary file keeps memory flat and the response asynchronous.
                var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                using (ExportLanguage.Use(english))
                {
                    if (xlsx) RegisterExport.WriteXlsx(file, records);
                    else RegisterExport.WriteCsv(file, records);
                }

                file.Position = 0;
                await audit.RecordAsync(new AuditEvent("register.exported", $"{records.Count} rows", caller.UserId,
                    $"format={(xlsx ? "xlsx" : "csv")};lang={(english ? "en" : "zh")};region={region}"), ct);
                return Results.Stream(file, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                    $"yiwang-register-{clock.GetUtcNow().ToOffset(Figures.Beijing):yyyyMMdd}.{(xlsx ? "xlsx" : "csv")}");
            })
            .RequireAuthorization()
            .WithSummary("Export the register in your scope (Chinese headers, ?lang=en for English) / 导出企业名录");
}
