using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.UploadRegister;

internal static class UploadRegisterEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        ImportTemplateEndpoint.Map(api);
        api.MapPost("/enterprises/import", async (IFormFile? file, UploadRegisterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (Validate(file) is { } problem) return ApiProblems.Invalid("file", problem);
                try
                {
                    await using var stream = await Seekable(file!, ct);
                    return Results.Ok(await handler.ImportAsync(stream, file!.FileName, CallerScope.FromPrincipal(http.User), ct));
                }
                catch (RegisterFileException ex)
                {
                    return Problem(ex.Problem);
                }
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Official, Roles.Admin))
            .RequireRateLimiting("submit")
            // Bearer clients send no antiforgery token; cookie callers are covered by the SameSite=Strict cookie.
            .DisableAntiforgery()
            .WithSummary("Import a register file (.csv UTF-8/GB18030 or .xlsx) / 导入企业名录");
    }

    /// <summary>400 for a file that cannot be read, 413 for one over a limit (a decompression bomb, too many rows): field "file".</summary>
    public static IResult Problem(RegisterFileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = new Bilingual(problem.Zh, problem.En).Current;
        return problem.TooLarge
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, statusCode: StatusCodes.Status413PayloadTooLarge,
                title: Bilingual.T("文件超出可处理的大小", "The file is larger than can be processed"))
            : ApiProblems.Invalid("file", new Bilingual(problem.Zh, problem.En));
    }

    public static Bilingual? Validate(IFormFile? file)
    {
        if (file is null || file.Length == 0) return new Bilingual("请选择要导入的文件", "Choose a file to import");
        if (file.Length > UploadRegisterHandler.MaxFileBytes)
            return new Bilingual($"文件过大（上限 {UploadRegisterHandler.MaxFileBytes / 1024 / 1024} MB），请拆分后分批导入", $"The file is too large (limit {UploadRegisterHandler.MaxFileBytes / 1024 / 1024} MB); split it and import the parts");
        var name = file.FileName;
        if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return new Bilingual("仅支持 .csv 或 .xlsx 文件", "Only .csv and .xlsx files are accepted");
        return null;
    }

    /// <summary>The reader sniffs the encoding and rewinds, so it needs a seekable stream.</summary>
    public static async Task<Stream> Seekable(IFormFile file, CancellationToken ct)
    {
        var copy = new MemoryStream(capacity: (int)file.Length);
        await file.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }
}
