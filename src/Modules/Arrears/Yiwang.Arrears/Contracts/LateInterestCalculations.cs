using Yiwang.Arrears.Features.CalculateInterest;

namespace Yiwang.Arrears.Contracts;

/// <summary>The late-payment interest calculator, for hosts other than the web API (the <c>yiwang interest</c> command).</summary>
public static class LateInterestCalculations
{
    public static InterestCalculationOutcome Calculate(InterestCalculationRequest request) => CalculateInterestHandler.Handle(request);
}
