using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.UploadRegister;

/// <summary>An empty register with the import's header row (Chinese, or English with <c>?lang=en</c>), as .xlsx or .csv.</summary>
internal static class ImportTemplateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/enterprises/import-template", (string? format, string? lang) =>
            {
                var xlsx = !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                if (xlsx && format is not null && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
                    return ApiProblems.Invalid("format", new Bilingual("格式应为 csv 或 xlsx", "The format must be csv or xlsx"));
                if (!ExportLanguage.TryParse(lang, out var english))
                    return ApiProblems.Invalid("lang", new Bilingual("语言应为 zh（中文）或 en（英文）", "The language must be zh or en"));
                var header = english ? RegisterColumns.EnglishNames : RegisterColumns.ChineseNames;
                using var bytes = new MemoryStream();
                if (xlsx)
                {
                    var row = header.Select((name, i) => (Key: ((char)('A' + i)).ToString(), name)).ToDictionary(c => c.Key, c => (object?)c.name);
                    MiniExcel.SaveAs(bytes, new[] { row }, printHeader: false, excelType: ExcelType.XLSX);
                }
                else
                {
                    using var csv = CsvWriter.ToStream(bytes, excelBom: true, leaveOpen: true);
                    csv.Row(header);
                }

                return Results.File(bytes.ToArray(), xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                    $"yiwang-register-template.{(xlsx ? "xlsx" : "csv")}");
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .WithSummary("An empty register file with the import header / 名录导入模板");
}
