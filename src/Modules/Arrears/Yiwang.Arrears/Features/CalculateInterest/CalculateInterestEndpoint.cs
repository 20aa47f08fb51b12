using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Arrears.Contracts;

namespace Yiwang.Arrears.Features.CalculateInterest;

internal static class CalculateInterestEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/interest-calculations", (InterestCalculationRequest? request) =>
            {
                if (request is null) return ApiProblems.BodyRequired();
                var outcome = CalculateInterestHandler.Handle(request);
                return outcome.Result is { } result ? Results.Ok(result) : ApiProblems.Invalid(outcome.Errors);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting("submit")
            .Produces<InterestCalculationResult>()
            .ProducesValidationProblem()
            .WithSummary("Late-payment interest owed to an SME, explained / 逾期利息计算（含计算说明）");
}
