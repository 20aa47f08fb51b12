using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>Input checks, keyed by the API's field names. A payment on or before the due date is not an error: it owes no interest.</summary>
internal static class LateInterestValidation
{
    /// <summary>One trillion yuan: above this a principal is a unit typo (分 for 元), not a contract.</summary>
    public const decimal MaxPrincipalYuan = 1_000_000_000_000m;

    public const int MaxPartialPayments = 1000;

    /// <summary>Dates outside this window are typos (a two-digit year, a swapped century).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public static Dictionary<string, Bilingual> Validate(LateInterestInput input, LprTable lpr)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lpr);
        var errors = new Dictionary<string, Bilingual>();
        if (input.PrincipalYuan <= 0) errors["principalYuan"] = new("欠款本金必须大于0元", "The principal must be more than 0 yuan");
        else if (input.PrincipalYuan > MaxPrincipalYuan)
            errors["principalYuan"] = new($"欠款本金超过{MaxPrincipalYuan:N0}元，超出合理范围，请检查单位", $"The principal exceeds {MaxPrincipalYuan:N0} yuan; check the unit");
        CheckDate(errors, "dueDate", input.DueDate);
        CheckDate(errors, "paidDate", input.PaidDate);
        CheckRate(errors, input, lpr);
        CheckPartialPayments(errors, input);
        return errors;
    }

    private static void CheckDate(Dictionary<string, Bilingual> errors, string field, DateOnly date)
    {
        if (date < EarliestDate || date > LatestDate)
        {
            errors[field] = new($"日期{date:yyyy-MM-dd}不在{EarliestDate:yyyy-MM-dd}至{LatestDate:yyyy-MM-dd}之间，请检查",
                $"The date {date:yyyy-MM-dd} is outside {EarliestDate:yyyy-MM-dd}..{LatestDate:yyyy-MM-dd}; check it");
        }
    }

    private static void CheckRate(Dictionary<string, Bilingual> errors, LateInterestInput input, LprTable lpr)
    {
        if (input.AgreedAnnualRate is not { } rate) return;
        if (rate is <= 0 or > 1)
        {
            errors["agreedAnnualRate"] = new("约定年利率应为大于0且不超过1的小数（例如3.45%写作0.0345）",
                "The agreed annual rate is a fraction above 0 and at most 1 (3.45 % is 0.0345)");
        }

        if (input.SignedDate is not { } signed)
        {
            errors["signedDate"] = new("约定了逾期利率时必须填写合同订立日期：第十七条以合同订立时的1年期LPR作为约定利率的下限",
                "A contract-signing date is required with an agreed rate: art. 17 sets its floor at the 1-year LPR when the contract was signed");
        }
        else if (signed < lpr.FirstFixing)
        {
            errors["signedDate"] = new($"{lpr.FirstFixing:yyyy-MM-dd}之前没有贷款市场报价利率（LPR），无法确定第十七条的利率下限",
                $"No LPR before {lpr.FirstFixing:yyyy-MM-dd}, so the art. 17 floor cannot be set");
        }
        else if (signed > (input.DueDate > input.PaidDate ? input.DueDate : input.PaidDate))
        {
            errors["signedDate"] = new("合同订立日期不能晚于付款期限届满日和付款日", "The signing date cannot be after both the due date and the payment date");
        }
    }

    private static void CheckPartialPayments(Dictionary<string, Bilingual> errors, LateInterestInput input)
    {
        var payments = input.PartialPayments ?? [];
        if (payments.Count > MaxPartialPayments)
        {
            errors["partialPayments"] = new($"部分付款最多{MaxPartialPayments}笔", $"At most {MaxPartialPayments} partial payments");
            return;
        }

        for (var i = 0; i < payments.Count; i++)
        {
            if (payments[i].AmountYuan <= 0)
                errors[$"partialPayments[{i}].amountYuan"] = new("部分付款金额必须大于0元", "A partial payment must be more than 0 yuan");
            else if (payments[i].AmountYuan > MaxPrincipalYuan)
                errors[$"partialPayments[{i}].amountYuan"] = new("部分付款金额超出合理范围，请检查单位", "The partial payment is implausibly large; check the unit");
            if (payments[i].Date > input.PaidDate)
            {
                errors[$"partialPayments[{i}].date"] = new($"部分付款日期{payments[i].Date:yyyy-MM-dd}晚于付款日（计算截止日）{input.PaidDate:yyyy-MM-dd}",
                    $"The partial payment on {payments[i].Date:yyyy-MM-dd} is after the payment (valuation) date {input.PaidDate:yyyy-MM-dd}");
            }
        }

        var total = payments.Where(p => p.AmountYuan is > 0 and <= MaxPrincipalYuan).Sum(p => p.AmountYuan);
        if (total > input.PrincipalYuan && input.PrincipalYuan > 0)
        {
            errors["partialPayments"] = new($"部分付款合计{total:N2}元，超过欠款本金{input.PrincipalYuan:N2}元",
                $"The partial payments total {total:N2} yuan, more than the principal {input.PrincipalYuan:N2} yuan");
        }
    }
}
