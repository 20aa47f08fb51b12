using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.DownloadEvidence;

internal static class DownloadEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapGet("/{id:long}/evidence/{evidenceId:long}", async (long id, long evidenceId, DownloadEvidenceHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.DownloadAsync(id, evidenceId, CallerScope.FromPrincipal(http.User), ct) is { } found
                    ? Results.File(found.Bytes, found.File.ContentType, found.File.FileName)
                    : ApiProblems.NotFound(CaseCommands.NotFoundText))
            .WithSummary("Download evidence (audited) / 下载证明材料");
}
