using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.SubmitComplaint;

internal static class SubmitComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<VersionInput, SubmitComplaintHandler>(cases, "/{id:long}/submission", (h, id, body, scope, ct) => h.SubmitAsync(id, scope, body.ExpectedVersion, ct), whenEmpty: () => new VersionInput(null))
            .RequireRateLimiting("submit")
            .WithSummary("Submit (checks SME status, completeness, duplicates) / 提交投诉");
}
