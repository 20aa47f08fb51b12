using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Yiwang.Arrears.Features.CalculatePaymentDueDate;

internal static class PaymentDueDateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/payment-due-dates", (PaymentDueDateRequest? request) =>
            {
                if (request is null) return ApiProblems.BodyRequired();
                var outcome = PaymentDueDateHandler.Handle(request);
                if (outcome.NotComputable is { } why) return ApiProblems.Unprocessable(why);
                return outcome.Response is { } response ? Results.Ok(response) : ApiProblems.Invalid(outcome.Errors);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting("submit")
            .Produces<PaymentDueDateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Last day of an SME payment term (art. 9, 10) / 中小企业款项付款期限届满日");
}
