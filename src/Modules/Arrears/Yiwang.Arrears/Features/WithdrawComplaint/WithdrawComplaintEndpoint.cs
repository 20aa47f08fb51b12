using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Kernel.Access;

namespace Yiwang.Arrears.Features.WithdrawComplaint;

internal static class WithdrawComplaintEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:long}/withdrawal", async (long id, WithdrawalRequest? body, WithdrawComplaintHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.WithdrawAsync(id, body ?? new WithdrawalRequest(null, null), CallerScope.FromPrincipal(http.User), ct)).ToHttp(s => Results.Ok(s)))
            .WithSummary("The complainant withdraws a submitted complaint before a result / 撤回投诉");
}
