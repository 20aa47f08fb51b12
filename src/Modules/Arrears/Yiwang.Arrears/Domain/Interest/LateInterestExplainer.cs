using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>The lines that let a reader redo the calculation by hand, and the choices made where the regulation is silent.</summary>
internal static class LateInterestExplainer
{
    public static List<Bilingual> Explain(
        LateInterestInput input, InterestRule rule, int overdueDays, IReadOnlyList<InterestPeriod> periods, decimal total, LprTable lpr)
    {
        var lines = new List<Bilingual>();
        var due = input.DueDate;
        if (overdueDays == 0)
        {
            lines.Add(new($"付款日{input.PaidDate:yyyy-MM-dd}不晚于付款期限最后一日{due:yyyy-MM-dd}，未逾期，不产生逾期利息（{Articles.LateInterest.Zh}）",
                $"Paid on {input.PaidDate:yyyy-MM-dd}, not after the last day of the term {due:yyyy-MM-dd}: not late, no interest ({Articles.LateInterest.En})"));
            return lines;
        }

        lines.Add(new($"付款期限最后一日为{due:yyyy-MM-dd}；逾期利息自次日{due.AddDays(1):yyyy-MM-dd}起算至付款日（计算截止日）{input.PaidDate:yyyy-MM-dd}（含当日），共逾期{overdueDays}日",
            $"The term's last day is {due:yyyy-MM-dd}; interest runs from {due.AddDays(1):yyyy-MM-dd} to the payment (valuation) date {input.PaidDate:yyyy-MM-dd} inclusive: {overdueDays} days late"));
        if (due < Articles.FirstInForce.AddDays(-1))
        {
            lines.Add(new($"注意：《条例》自{Articles.FirstInForce:yyyy-MM-dd}起施行，此前的逾期期间是否适用本条需由法律专业人士判断",
                $"Note: the regulation took effect on {Articles.FirstInForce:yyyy-MM-dd}; whether this article covers days before that needs legal advice"));
        }

        AddRule(lines, input, rule, lpr);
        lines.Add(new("按单利计算：利息不计入本金、不再计息。《条例》未规定是否计复利，本计算器不计复利",
            "Simple interest: interest is not added to the principal and bears no interest. The regulation does not say whether interest compounds; this calculator does not compound"));
        AddPartialPayments(lines, input, periods);
        lines.Add(new($"各期利息 = 本金 × 日利率 × 天数，四舍五入到分；合计为各期之和：{RateText.Yuan(total)}元",
            $"Each period's interest = principal × daily rate × days, rounded half-up to 0.01 yuan; the total is their sum: {RateText.Yuan(total)} yuan"));
        return lines;
    }

    private static void AddRule(List<Bilingual> lines, LateInterestInput input, InterestRule rule, LprTable lpr)
    {
        var article = rule.Article;
        if (rule.Kind == InterestRuleKind.StatutoryDaily)
        {
            lines.Add(new($"双方未约定逾期利息利率，按照每日利率万分之五（0.05%/日，单利折合每年18.25%）计算（{article.Zh}）",
                $"No late-payment rate was agreed, so the daily rate of 0.05 % applies (5 per 10,000 a day; 18.25 % a year, simple) ({article.En})"));
            lines.Add(new("万分之五本身就是日利率，不涉及年利率折算基准；逾期天数按实际日历日计算，闰年2月29日照常计入",
                "0.05 % is already a daily rate, so no day-count basis is involved; overdue days are actual calendar days, 29 February included"));
            return;
        }

        var floor = rule.Floor!.Value;
        var signed = input.SignedDate!.Value;
        var agreed = RateText.Percent(rule.AgreedAnnualRate!.Value);
        var lpr1y = RateText.Percent(floor.AnnualRate);
        var lprText = new Bilingual($"合同订立日{signed:yyyy-MM-dd}适用的1年期贷款市场报价利率（LPR）为{lpr1y}（{floor.PublishDate:yyyy-MM-dd}报价）",
            $"The 1-year loan prime rate in force when the contract was signed on {signed:yyyy-MM-dd} was {lpr1y} (fixing of {floor.PublishDate:yyyy-MM-dd})");
        if (rule.Kind == InterestRuleKind.Agreed)
        {
            lines.Add(new($"约定年利率{agreed}；{lprText.Zh}。约定利率不低于该下限，按约定利率计算（{article.Zh}）",
                $"Agreed annual rate {agreed}. {lprText.En}. The agreed rate is not below that floor, so it applies ({article.En})"));
        }
        else
        {
            lines.Add(new($"约定年利率{agreed}低于下限：{lprText.Zh}。第十七条规定“约定利率不得低于合同订立时1年期贷款市场报价利率”，故将约定利率提高到该下限，按{lpr1y}计算（{article.Zh}）",
                $"The agreed annual rate {agreed} is below the floor. {lprText.En}. Art. 17 says the agreed rate \"must not be lower than the 1-year LPR when the contract was signed\", so the rate is raised to the floor and {lpr1y} applies ({article.En})"));
        }

        if (rule.FloorMayBeStale)
        {
            lines.Add(new($"注意：LPR数据只确定覆盖到{lpr.CoveredThrough:yyyy-MM-dd}，合同订立日之前可能已有更新的报价，请核对（数据来源：{lpr.Source}）",
                $"Note: the LPR data is only certain up to {lpr.CoveredThrough:yyyy-MM-dd}; a newer fixing may apply to the signing date, please check (source: {lpr.Source})"));
        }

        var basis = LateInterestCalculator.DaysInYear(input.DayCount);
        lines.Add(new($"日利率 = 年利率 ÷ {basis}（{input.DayCount.Name()}）。《条例》未规定计息基准；默认采用实际天数/365，使一整年的利息恰好等于约定年利率；实际天数/360是人民银行对部分贷款的惯例，会使实际年利率高出365/360倍，可作为参数选择",
            $"Daily rate = annual rate ÷ {basis} ({input.DayCount.Name()}). The regulation sets no day-count basis; actual/365 is the default because a full year's interest then equals the annual rate; actual/360, the PBOC convention for some loans, raises the effective rate by 365/360 and can be chosen as a parameter"));
    }

    private static void AddPartialPayments(List<Bilingual> lines, LateInterestInput input, IReadOnlyList<InterestPeriod> periods)
    {
        var payments = input.PartialPayments ?? [];
        if (payments.Count == 0) return;
        foreach (var p in payments.OrderBy(p => p.Date))
        {
            lines.Add(new($"{p.Date:yyyy-MM-dd}部分付款{RateText.Yuan(p.AmountYuan)}元，自次日起冲减本金",
                $"Partial payment of {RateText.Yuan(p.AmountYuan)} yuan on {p.Date:yyyy-MM-dd}: the principal is reduced from the next day"));
        }

        if (periods.Count == 0)
            lines.Add(new("部分付款已在逾期前付清全部本金，不产生逾期利息", "The partial payments cleared the principal before it was late: no interest"));
        lines.Add(new($"部分付款全部冲抵本金。注意：依{Articles.PaymentOrder.Zh}，给付不足以清偿全部债务的，除当事人另有约定外，先抵充实现债权的费用、再抵充利息、最后抵充主债务；按该顺序计算的利息可能高于本结果",
            $"Partial payments are applied to the principal only. Note: under {Articles.PaymentOrder.En}, unless the parties agree otherwise a payment that does not cover the whole debt goes first to costs, then to interest, then to the principal; interest computed that way can be higher than this result"));
    }
}
