using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// The last day an SME's payment is due (第九条, 第十条). The statutory numbers: 机关、事业单位 30 days, by contract at most
/// 60; 大型企业 60 days unless the contract agrees otherwise.
/// </summary>
internal static class PaymentTermRules
{
    public const int PublicBodyDefaultDays = 30;
    public const int PublicBodyCapDays = 60;
    public const int LargeEnterpriseDefaultDays = 60;

    /// <summary>Longer than ten years is a typo, not a contract term.</summary>
    public const int MaxAgreedTermDays = 3650;

    public static Dictionary<string, Bilingual> Validate(PaymentTermInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, Bilingual>();
        if (input.AgreedTermDays is < 1 or > MaxAgreedTermDays)
        {
            errors["agreedTermDays"] = new($"约定付款期限应在1至{MaxAgreedTermDays}日之间", $"The agreed term must be 1 to {MaxAgreedTermDays} days");
        }

        if (input.Respondent == RespondentType.Other && input.AgreedTermDays is null)
        {
            errors["agreedTermDays"] = new(
                "付款方不是机关、事业单位或大型企业时，《条例》不设法定付款期限（第二条），请填写合同约定的付款期限",
                "For a payer that is not a government organ, public institution or large enterprise the regulation sets no term (art. 2); give the contract's term");
        }

        if (input.AgreedAcceptanceDeadline is not null && input.StartsFrom != TermStart.Acceptance)
        {
            errors["agreedAcceptanceDeadline"] = new("只有付款期限自验收合格之日起算时才需要约定验收期限", "An acceptance deadline only applies when the term runs from acceptance");
        }

        return errors;
    }

    /// <param name="periodEnd">Where a term of N calendar days from a start day ends; the kernel's work calendar by default.</param>
    /// <exception cref="Yiwang.Kernel.Calendar.CalendarNotCoveredException">The term ends in a past year the work calendar has no holiday notice for.</exception>
    public static PaymentTerm Resolve(PaymentTermInput input, Func<DateOnly, int, DateOnly>? periodEnd = null)
    {
        var errors = Validate(input);
        if (errors.Count > 0) throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value.En}")), nameof(input));
        periodEnd ??= TermCalendar.PeriodEnd;

        var lines = new List<Bilingual>();
        var start = TermStartDate(input, lines);
        var (days, rule, capped, review, article) = TermDays(input, lines);

        var lastCalendarDay = start.AddDays(days);
        var due = periodEnd(start, days);
        lines.Add(new($"期间开始的当日不计入（{Articles.PeriodStart.Zh}），{start:yyyy-MM-dd}起{days}日的最后一日为{lastCalendarDay:yyyy-MM-dd}",
            $"The start day is not counted ({Articles.PeriodStart.En}): {days} days from {start:yyyy-MM-dd} end on {lastCalendarDay:yyyy-MM-dd}"));
        if (due != lastCalendarDay)
        {
            lines.Add(new($"{lastCalendarDay:yyyy-MM-dd}是法定休假日或休息日，期限顺延至其后的第一个工作日{due:yyyy-MM-dd}（{Articles.PeriodEndOnHoliday.Zh}）",
                $"{lastCalendarDay:yyyy-MM-dd} is a statutory holiday or rest day, so the term ends on the next working day, {due:yyyy-MM-dd} ({Articles.PeriodEndOnHoliday.En})"));
        }

        var provisional = TermCalendar.IsProvisional(lastCalendarDay, due);
        if (provisional)
        {
            lines.Add(new($"【临时结果】{due.Year}年的国务院办公厅节假日安排尚未录入，暂按《全国年节及纪念日放假办法》规定的法定节假日判断休息日（不含调休），通知发布后结果可能变化",
                $"[Provisional] The State Council holiday arrangement for {due.Year} is not loaded yet; rest days are judged by the public holidays fixed by law (no bridging or make-up days), so the result may change once the notice is published"));
        }

        lines.Add(new($"付款期限最后一日：{due:yyyy-MM-dd}；逾期利息自{due.AddDays(1):yyyy-MM-dd}起算",
            $"Last day of the term: {due:yyyy-MM-dd}; late-payment interest runs from {due.AddDays(1):yyyy-MM-dd}"));
        if (input.Respondent != RespondentType.Other)
        {
            lines.Add(new($"法律、行政法规或者国家有关规定对付款期限另有规定的，从其规定（{Articles.OtherLaws.Zh}）",
                $"Where a law, administrative regulation or national rule sets a different term, that term applies ({Articles.OtherLaws.En})"));
        }

        return new PaymentTerm(start, days, lastCalendarDay, due, rule, capped, review, article, lines) { Provisional = provisional };
    }

    private static DateOnly TermStartDate(PaymentTermInput input, List<Bilingual> lines)
    {
        switch (input.StartsFrom)
        {
            case TermStart.Acceptance when input.AgreedAcceptanceDeadline is { } deadline && input.StartDate > deadline:
                lines.Add(new($"验收合格日{input.StartDate:yyyy-MM-dd}晚于约定的验收期限{deadline:yyyy-MM-dd}：拖延验收的，付款期限自约定验收期限届满之日起算（{Articles.DelayedAcceptance.Zh}）",
                    $"Acceptance on {input.StartDate:yyyy-MM-dd} came after the agreed acceptance deadline {deadline:yyyy-MM-dd}: when acceptance is delayed the term runs from the end of the agreed period ({Articles.DelayedAcceptance.En})"));
                return deadline;
            case TermStart.Acceptance:
                lines.Add(new($"合同以检验或验收合格作为付款条件，付款期限自验收合格之日{input.StartDate:yyyy-MM-dd}起算（{Articles.AcceptanceStart.Zh}）",
                    $"The contract makes acceptance a condition of payment, so the term runs from acceptance on {input.StartDate:yyyy-MM-dd} ({Articles.AcceptanceStart.En})"));
                return input.StartDate;
            case TermStart.SettlementConfirmed:
                lines.Add(new($"合同采取履行进度结算、定期结算等方式，付款期限自双方确认结算金额之日{input.StartDate:yyyy-MM-dd}起算（{Articles.SettlementStart.Zh}）",
                    $"The contract settles by progress or period, so the term runs from the day both sides confirmed the amount, {input.StartDate:yyyy-MM-dd} ({Articles.SettlementStart.En})"));
                return input.StartDate;
            default:
                lines.Add(new($"付款期限自货物、工程、服务交付之日{input.StartDate:yyyy-MM-dd}起算", $"The term runs from delivery on {input.StartDate:yyyy-MM-dd}"));
                return input.StartDate;
        }
    }

    private static (int Days, string Rule, bool Capped, bool Review, Bilingual Article) TermDays(PaymentTermInput input, List<Bilingual> lines)
    {
        var agreed = input.AgreedTermDays;
        switch (input.Respondent)
        {
            case RespondentType.Organ or RespondentType.PublicInstitution:
                var who = input.Respondent == RespondentType.Organ ? new Bilingual("机关", "A government organ") : new Bilingual("事业单位", "A public institution");
                var article = Articles.PublicBodyTerm;
                if (agreed is null)
                {
                    lines.Add(new($"{who.Zh}应当自交付之日起{PublicBodyDefaultDays}日内支付，合同未约定付款期限（{article.Zh}）",
                        $"{who.En} must pay within {PublicBodyDefaultDays} days; the contract sets no term ({article.En})"));
                    return (PublicBodyDefaultDays, "statutoryDefault", false, false, article);
                }

                if (agreed > PublicBodyCapDays)
                {
                    lines.Add(new($"合同约定{agreed}日，超过“付款期限最长不得超过{PublicBodyCapDays}日”的上限，按{PublicBodyCapDays}日计算（{article.Zh}）",
                        $"The contract agrees {agreed} days, over the cap \"at most {PublicBodyCapDays} days\"; {PublicBodyCapDays} days apply ({article.En})"));
                    return (PublicBodyCapDays, "agreedCapped", true, false, article);
                }

                lines.Add(new($"合同约定{agreed}日，未超过{PublicBodyCapDays}日上限，从其约定（{article.Zh}）",
                    $"The contract agrees {agreed} days, within the {PublicBodyCapDays}-day cap, so the agreement applies ({article.En})"));
                return (agreed.Value, "agreedWithinCap", false, false, article);

            case RespondentType.LargeEnterprise:
                article = Articles.LargeEnterpriseTerm;
                if (agreed is null)
                {
                    lines.Add(new($"大型企业应当自交付之日起{LargeEnterpriseDefaultDays}日内支付，合同未约定付款期限（{article.Zh}）",
                        $"A large enterprise must pay within {LargeEnterpriseDefaultDays} days; the contract sets no term ({article.En})"));
                    return (LargeEnterpriseDefaultDays, "statutoryDefault", false, false, article);
                }

                if (agreed > LargeEnterpriseDefaultDays)
                {
                    // 第九条第二款 keeps the agreement ("从其约定") and only requires it to be reasonable; unlike 第一款 it has no
                    // "最长不得超过" cap, so a longer term is flagged for review rather than cut to 60 days.
                    lines.Add(new($"合同约定{agreed}日，长于{LargeEnterpriseDefaultDays}日的法定期限。第九条第二款规定“合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限”，未设硬性上限：按约定计算，但该约定是否合理需要审查；以收到第三方付款为付款条件的约定不得采用（{article.Zh}）",
                        $"The contract agrees {agreed} days, longer than the {LargeEnterpriseDefaultDays}-day statutory term. Art. 9(2) keeps the agreement but requires it to be reasonable by industry norms and trade practice, with no hard cap: the agreed term is used and flagged for review; a term conditioned on a third party paying first is not allowed ({article.En})"));
                    return (agreed.Value, "agreedOverDefaultNeedsReview", false, true, article);
                }

                lines.Add(new($"合同约定{agreed}日，不长于{LargeEnterpriseDefaultDays}日，从其约定（{article.Zh}）",
                    $"The contract agrees {agreed} days, not longer than {LargeEnterpriseDefaultDays}, so the agreement applies ({article.En})"));
                return (agreed.Value, "agreedWithinCap", false, false, article);

            default:
                lines.Add(new($"付款方不是机关、事业单位或大型企业，《条例》不设付款期限（{Articles.Scope.Zh}），按合同约定的{agreed}日计算",
                    $"The payer is not a government organ, public institution or large enterprise, so the regulation sets no term ({Articles.Scope.En}); the contract's {agreed} days apply"));
                return (agreed!.Value, "agreedOnly", false, false, Articles.Scope);
        }
    }
}
