using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.BrowseComplaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.UploadEvidence;

internal static class UploadEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/evidence", async (long id, IFormFile? file, UploadEvidenceHandler handler, HttpContext http, CancellationToken ct) =>
            {
                if (file is null) return ApiProblems.Invalid("file", new("请选择文件", "Choose a file"));
                if (file.Length > EvidenceInspector.MaxBytes) return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: UploadEvidenceHandler.TooLarge.Current);
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return (await handler.UploadAsync(id, file.FileName, buffer.ToArray(), CallerScope.FromPrincipal(http.User), ct))
                    .ToHttp(e => Results.Created($"/api/v1/complaints/{id}/evidence/{e.Id}", new EvidenceView(e.Id, e.FileName, e.ContentType, e.SizeBytes, e.Sha256, e.UploadedAt)));
            })
            .RequireRateLimiting("submit")
            .WithSummary("Upload evidence (PDF/JPEG/PNG by content, ≤10 MB) / 上传证明材料");
}
