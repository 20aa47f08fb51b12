using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

internal static class ImportObservationsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/indicators/observations/import", async (IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? reason,
                ImportObservationsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (Validate(file) is { } problem) return ApiProblems.Invalid("file", problem);
                try
                {
                    var result = await handler.ImportAsync(await ReadAsync(file!, ct), file!.FileName, reason, CallerScope.FromPrincipal(http.User), ct);
                    return result.Report is { } report ? Results.Ok(report) : IndicatorProblems.ForbiddenSeries(result.ForbiddenLines);
                }
                catch (ImportFileException ex) when (ex.TooLarge)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [ex.Problem.Current] },
                        statusCode: StatusCodes.Status413PayloadTooLarge, title: Bilingual.T("文件超出可处理的大小", "The file is larger than can be processed"));
                }
                catch (ImportFileException ex)
                {
                    return ApiProblems.Invalid("file", ex.Problem);
                }
                catch (Microsoft.EntityFrameworkCore.DbUpdateException)
                {
                    return IndicatorProblems.Conflict(); // a concurrent import added the same month first (unique index)
                }
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official))
            // Bearer clients send no antiforgery token; cookie callers are covered by the SameSite=Strict cookie.
            .DisableAntiforgery()
            .WithSummary("Import observations (.csv UTF-8/GB18030 or .xlsx) / 导入指标数据");

    public static Bilingual? Validate(IFormFile? file)
    {
        if (file is null || file.Length == 0) return new Bilingual("请选择要导入的文件", "Choose a file to import");
        if (file.Length > ImportObservationsHandler.MaxFileBytes)
            return new Bilingual($"文件过大（上限 {ImportObservationsHandler.MaxFileBytes / 1024 / 1024} MB）", $"File too large (limit {ImportObservationsHandler.MaxFileBytes / 1024 / 1024} MB)");
        var name = file.FileName;
        if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return new Bilingual("仅支持 .csv 或 .xlsx 文件", "Only .csv and .xlsx files are accepted");
        return null;
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var copy = new MemoryStream((int)file.Length);
        await file.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
