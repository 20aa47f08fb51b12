using Yiwang.Arrears.Contracts;
using Yiwang.Arrears.Domain.Interest;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.CalculateInterest;

/// <summary>Checks a request and calculates; shared by the API, the calculator page and the CLI.</summary>
internal static class CalculateInterestHandler
{
    private static readonly Bilingual Required = new("必填", "Required");

    public static InterestCalculationOutcome Handle(InterestCalculationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, Bilingual>();
        if (request.PrincipalYuan is null) errors["principalYuan"] = Required;
        if (request.DueDate is null) errors["dueDate"] = new("必填：付款期限的最后一日", "Required: the last day of the payment term");
        if (request.PaidDate is null) errors["paidDate"] = new("必填：付款日，尚未付款时填计算截止日", "Required: the payment date, or the valuation date if still unpaid");
        if (!RateText.TryParseDayCount(request.DayCount, out var dayCount))
            errors["dayCount"] = new($"未知的计息基准“{request.DayCount}”，可选 actual/365、actual/360", $"Unknown day count '{request.DayCount}'; use actual/365 or actual/360");
        var payments = new List<PartialPayment>();
        for (var i = 0; i < (request.PartialPayments?.Count ?? 0); i++)
        {
            var p = request.PartialPayments![i];
            if (p?.Date is null) errors[$"partialPayments[{i}].date"] = Required;
            if (p?.AmountYuan is null) errors[$"partialPayments[{i}].amountYuan"] = Required;
            if (p is { Date: { } date, AmountYuan: { } amount }) payments.Add(new PartialPayment(date, amount));
        }

        if (errors.Count > 0) return new(null, errors);

        var input = new LateInterestInput(request.PrincipalYuan!.Value, request.DueDate!.Value, request.PaidDate!.Value,
            request.AgreedAnnualRate, request.SignedDate, payments, dayCount);
        var lpr = LprTable.Default;
        var (result, domainErrors) = LateInterestCalculator.Evaluate(input, lpr);
        return new(result is null ? null : ToResult(input, result, lpr), domainErrors);
    }

    private static InterestCalculationResult ToResult(LateInterestInput input, LateInterestResult r, LprTable lpr)
    {
        var rule = r.Rule;
        var (code, name) = rule.Kind switch
        {
            InterestRuleKind.Agreed => ("agreedRate", new Bilingual("约定利率（不低于合同订立时1年期LPR）", "Agreed rate (not below the 1-year LPR at signing)")),
            InterestRuleKind.AgreedRaisedToFloor => ("agreedRateRaisedToLprFloor", new Bilingual("约定利率低于下限，按合同订立时1年期LPR计算", "Agreed rate below the floor: the 1-year LPR at signing applies")),
            _ => ("statutoryDailyRate", new Bilingual("未约定利率：每日万分之五", "No agreed rate: 0.05 % a day")),
        };
        var floor = rule.Floor is { } f ? new LprFloor(f.AnnualRate, f.PublishDate, rule.FloorMayBeStale, lpr.Source) : null;
        var applied = new InterestRuleApplied(code, name, DisplayRate(rule.DailyRate), rule.AnnualRate, rule.AgreedAnnualRate, floor,
            rule.Kind == InterestRuleKind.AgreedRaisedToFloor, rule.Article);
        var periods = r.Periods.Select(p => new InterestPeriodLine(p.From, p.To, p.Days, p.PrincipalYuan, DisplayRate(p.DailyRate), p.InterestYuan)).ToArray();
        return new InterestCalculationResult(r.OverdueDays, r.InterestYuan, input.PrincipalYuan, input.DueDate, input.PaidDate, applied, rule.Article,
            r.DayCount.Name(), "simple", "halfUpPerPeriodTo0.01Yuan", periods, r.Explanation);
    }

    /// <summary>An annual rate ÷ 365 has 28 digits; 12 decimals (10⁻⁶ yuan a day on a trillion) is plenty to redo the sum.</summary>
    private static decimal DisplayRate(decimal dailyRate) => Math.Round(dailyRate, 12, MidpointRounding.AwayFromZero);
}
