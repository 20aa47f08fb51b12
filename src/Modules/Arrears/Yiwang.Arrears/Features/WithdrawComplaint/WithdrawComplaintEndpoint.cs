using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.WithdrawComplaint;

internal static class WithdrawComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<WithdrawalRequest, WithdrawComplaintHandler>(cases, "/{id:long}/withdrawal", (h, id, body, scope, ct) => h.WithdrawAsync(id, body, scope, ct), whenEmpty: () => new WithdrawalRequest(null, null))
            .WithSummary("The complainant withdraws a submitted complaint before a result / 撤回投诉");
}
