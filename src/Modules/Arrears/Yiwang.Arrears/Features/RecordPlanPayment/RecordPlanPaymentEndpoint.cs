using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Features.Complaints;

namespace Yiwang.Arrears.Features.RecordPlanPayment;

internal static class RecordPlanPaymentEndpoint
{
    public static void Map(RouteGroupBuilder cases) =>
        CaseCommandEndpoint.Map<PlanPaymentRequest, RecordPlanPaymentHandler>(cases, "/{id:long}/plan-payments", (h, id, body, scope, ct) => h.RecordAsync(id, body, scope, ct))
            .WithSummary("Record a payment under the payment plan / 登记还款计划履行");
}
