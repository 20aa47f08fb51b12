using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// Late-payment interest owed to an SME under 第十七条: "双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率；
/// 未作约定的，按照每日利率万分之五支付逾期利息". Simple interest, day by day after the due date up to and including the
/// payment date; each period's interest is rounded half-up (四舍五入) to 0.01 yuan and the total is their sum.
/// </summary>
internal static class LateInterestCalculator
{
    /// <summary>每日利率万分之五 (第十七条).</summary>
    public const decimal StatutoryDailyRate = 0.0005m;

    /// <exception cref="ArgumentException">The input fails <see cref="LateInterestValidation"/>.</exception>
    public static LateInterestResult Calculate(LateInterestInput input, LprTable? lpr = null)
    {
        var (result, errors) = Evaluate(input, lpr ?? LprTable.Default);
        return result ?? throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value.En}")), nameof(input));
    }

    /// <summary>The result, or the field errors that prevent one.</summary>
    public static (LateInterestResult? Result, Dictionary<string, Bilingual> Errors) Evaluate(LateInterestInput input, LprTable lpr)
    {
        var errors = LateInterestValidation.Validate(input, lpr);
        return (errors.Count > 0 ? null : Compute(input, lpr), errors);
    }

    private static LateInterestResult Compute(LateInterestInput input, LprTable lpr)
    {
        var rule = RuleFor(input, lpr);
        var overdueDays = Math.Max(0, input.PaidDate.DayNumber - input.DueDate.DayNumber);
        var periods = overdueDays == 0 ? [] : Periods(input, rule);
        var total = periods.Sum(p => p.InterestYuan);
        var explanation = LateInterestExplainer.Explain(input, rule, overdueDays, periods, total, lpr);
        return new LateInterestResult(overdueDays, periods, total, rule, input.DayCount, explanation);
    }

    public static int DaysInYear(DayCount dayCount) => dayCount == DayCount.Actual360 ? 360 : 365;

    private static InterestRule RuleFor(LateInterestInput input, LprTable lpr)
    {
        if (input.AgreedAnnualRate is not { } agreed)
            return new InterestRule(InterestRuleKind.StatutoryDaily, StatutoryDailyRate, null, null, null, false, Articles.LateInterest);

        var signed = input.SignedDate!.Value;
        var floor = lpr.RateOn(signed);
        // "约定利率不得低于…": a lower agreed rate is not void as a whole, it is lifted to the floor the article sets.
        var (kind, annual) = agreed >= floor.AnnualRate ? (InterestRuleKind.Agreed, agreed) : (InterestRuleKind.AgreedRaisedToFloor, floor.AnnualRate);
        return new InterestRule(kind, annual / DaysInYear(input.DayCount), annual, agreed, floor, lpr.IsBeyondData(signed), Articles.LateInterest);
    }

    private static List<InterestPeriod> Periods(LateInterestInput input, InterestRule rule)
    {
        var periods = new List<InterestPeriod>();
        var from = input.DueDate.AddDays(1);
        var principal = input.PrincipalYuan;
        var payments = (input.PartialPayments ?? [])
            .GroupBy(p => p.Date)
            .Select(g => (Date: g.Key, AmountYuan: g.Sum(p => p.AmountYuan)))
            .OrderBy(p => p.Date);
        foreach (var (date, amount) in payments)
        {
            // A payment lowers the principal from the next day; the day it is made still bears interest on the full amount,
            // so one made on the payment date changes nothing.
            if (date >= input.PaidDate) break;
            if (date >= from)
            {
                Add(periods, from, date, principal, rule, input.DayCount);
                from = date.AddDays(1);
            }

            principal -= amount;
        }

        Add(periods, from, input.PaidDate, principal, rule, input.DayCount);
        return periods;
    }

    private static void Add(List<InterestPeriod> periods, DateOnly from, DateOnly to, decimal principal, InterestRule rule, DayCount dayCount)
    {
        if (principal <= 0 || to < from) return;
        var days = to.DayNumber - from.DayNumber + 1;
        // Multiply before dividing so the annual rate is not cut to 28 digits as a daily rate first.
        var exact = rule.AnnualRate is { } annual ? principal * annual * days / DaysInYear(dayCount) : principal * rule.DailyRate * days;
        periods.Add(new InterestPeriod(from, to, days, principal, rule.DailyRate, Math.Round(exact, 2, MidpointRounding.AwayFromZero)));
    }
}
