using System.Text.RegularExpressions;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>
/// Field checks for a complaint. A draft may be incomplete but what it has must be well-formed; a submission must
/// be complete. Limits keep absurd values out (a date in 1900, a debt of a trillion yuan).
/// </summary>
internal static partial class ComplaintDraftValidator
{
    public const decimal MaxAmountYuan = 100_000_000_000m; // 1,000 亿元: beyond any single SME claim; catches unit slips.
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);

    public static FieldErrors Check(ComplaintDraftRequest r, string complainantUscc, DateOnly today, bool complete)
    {
        var errors = new FieldErrors();
        Text(errors, "contactName", r.ContactName, 1, 50, complete, new("联系人", "contact person"));
        if (!string.IsNullOrWhiteSpace(r.ContactPhone) && !PhonePattern().IsMatch(r.ContactPhone.Trim()))
            errors.Add("contactPhone", new("电话应为11位手机号或带区号的固定电话", "Phone must be an 11-digit mobile number or a landline with area code"));
        else if (complete && string.IsNullOrWhiteSpace(r.ContactPhone)) errors.Add("contactPhone", Required(new("联系电话", "contact phone")));
        CheckRespondent(errors, r.Respondent, complainantUscc, complete);
        CheckContracts(errors, r.Contracts, today, complete);
        Amount(errors, "amountOwedYuan", r.AmountOwedYuan, complete, allowZero: false, new("欠款金额", "amount owed"));
        Amount(errors, "paymentsReceivedYuan", r.PaymentsReceivedYuan, required: false, allowZero: true, new("已收款", "payments received"));
        var contractTotal = r.Contracts?.Sum(c => c.AmountYuan ?? 0) ?? 0;
        if (r.AmountOwedYuan is > 0 && contractTotal > 0 && r.AmountOwedYuan + (r.PaymentsReceivedYuan ?? 0) > contractTotal)
            errors.Add("amountOwedYuan", new($"欠款与已收款之和超过合同总额 {contractTotal:0.00} 元", $"Amount owed plus payments received exceed the contracts' total of {contractTotal:0.00} yuan"));
        if (r.PriorProceedings is not null && !Enum.TryParse<PriorProceedings>(r.PriorProceedings, ignoreCase: false, out _))
            errors.Add("priorProceedings", new("请选择是否已由其他机构受理（API 取值：None、Court、Arbitration、OtherAuthority 或 Mediation）",
                "Choose whether another body took it up (API values: None, Court, Arbitration, OtherAuthority or Mediation)"));
        else if (complete && r.PriorProceedings is null) errors.Add("priorProceedings", Required(new("是否已由其他机构受理", "whether another body took it up")));
        Text(errors, "description", r.Description, 10, 5000, complete, new("投诉事项和事实根据", "description of the complaint and its facts"));
        return errors;
    }

    private static void CheckRespondent(FieldErrors errors, RespondentInput? r, string complainantUscc, bool complete)
    {
        if (r is null)
        {
            if (complete) errors.Add("respondent", Required(new("被投诉人", "respondent")));
            return;
        }
        Text(errors, "respondent.name", r.Name, 2, 200, complete, new("被投诉人名称", "respondent name"));
        if (!string.IsNullOrWhiteSpace(r.Uscc))
        {
            if (!Uscc.TryParse(r.Uscc, out var code, out var error)) errors.Add("respondent.uscc", new(error.MessageZh, error.MessageEn));
            else if (code.Value == complainantUscc) errors.Add("respondent.uscc", new("不能投诉本企业自身", "An enterprise cannot complain about itself"));
        }
        if (r.Type is not null && !Enum.TryParse<RespondentType>(r.Type, ignoreCase: false, out _))
            errors.Add("respondent.type", new("请选择被投诉人类型（API 取值：GovernmentBody、PublicInstitution、StateOwnedEnterprise、LargeEnterprise 或 Other）",
                "Choose the respondent type (API values: GovernmentBody, PublicInstitution, StateOwnedEnterprise, LargeEnterprise or Other)"));
        else if (complete && r.Type is null) errors.Add("respondent.type", Required(new("被投诉人类型", "respondent type")));
        if (r.Region is not null)
        {
            if (!RegionCode.TryParse(r.Region, out var region, out var error)) errors.Add("respondent.region", new(error.MessageZh, error.MessageEn));
            else if (region.Level == JurisdictionLevel.National || !RegionDirectory.Default.TryGet(region, out _))
                errors.Add("respondent.region", new($"行政区划代码 {r.Region} 不存在", $"Region code {r.Region} does not exist"));
        }
        else if (complete) errors.Add("respondent.region", Required(new("被投诉人所在地", "respondent's region")));
    }

    private static void CheckContracts(FieldErrors errors, IReadOnlyList<ContractInput>? contracts, DateOnly today, bool complete)
    {
        if (contracts is null || contracts.Count == 0)
        {
            if (complete) errors.Add("contracts", new("至少填写一份合同（第二十五条第四款：投诉人应当与被投诉人存在合同关系）",
                "At least one contract is required (Art. 25(4): complainant and respondent must have a contract)"));
            return;
        }
        if (contracts.Count > 50) errors.Add("contracts", new("一次投诉最多50份合同", "At most 50 contracts per complaint"));
        for (var i = 0; i < Math.Min(contracts.Count, 50); i++)
        {
            var c = contracts[i];
            var at = $"contracts[{i}]";
            Text(errors, at + ".number", c.Number, 1, 100, complete, new("合同编号", "contract number"));
            Date(errors, at + ".signedOn", c.SignedOn, today, complete, new("合同签订日期", "signing date"));
            Date(errors, at + ".deliveredOn", c.DeliveredOn, today, required: false, new("交付日期", "delivery date"));
            Date(errors, at + ".acceptedOn", c.AcceptedOn, today, required: false, new("验收日期", "acceptance date"));
            if (c.AcceptedOn < c.DeliveredOn) errors.Add(at + ".acceptedOn", new("验收日期不能早于交付日期", "Acceptance cannot be before delivery"));
            Amount(errors, at + ".amountYuan", c.AmountYuan, complete, allowZero: false, new("合同金额", "contract amount"));
            if (c.AgreedTermDays is < 1 or > 3650) errors.Add(at + ".agreedTermDays", new("约定付款期限应在1至3650日之间", "The agreed term must be 1 to 3650 days"));
            if (c.AgreedAnnualRate is <= 0 or > 1) errors.Add(at + ".agreedAnnualRate", new("约定年利率应为大于0且不超过1的小数（0.04 表示 4%）", "The agreed annual rate is a fraction above 0 and at most 1 (0.04 = 4 %)"));
        }
        var duplicate = contracts.GroupBy(c => c.Number?.Trim()).FirstOrDefault(g => g.Key is { Length: > 0 } && g.Count() > 1);
        if (duplicate is not null) errors.Add("contracts", new($"合同编号 {duplicate.Key} 重复", $"Contract number {duplicate.Key} appears twice"));
    }

    private static void Text(FieldErrors errors, string field, string? value, int min, int max, bool required, Bilingual what)
    {
        var length = value?.Trim().Length ?? 0;
        if (length == 0) { if (required) errors.Add(field, Required(what)); return; }
        if (length < min || length > max) errors.Add(field, new($"{what.Zh}应为{min}至{max}个字符", $"The {what.En} must be {min} to {max} characters"));
    }

    private static void Amount(FieldErrors errors, string field, decimal? value, bool required, bool allowZero, Bilingual what)
    {
        if (value is null) { if (required) errors.Add(field, Required(what)); return; }
        if (value < 0 || (!allowZero && value == 0)) errors.Add(field, new($"{what.Zh}应为正数", $"The {what.En} must be positive"));
        else if (value > MaxAmountYuan) errors.Add(field, new("金额超过1000亿元，请检查单位（元）", "The amount exceeds 100 billion yuan; check the unit (yuan)"));
        else if (decimal.Round(value.Value, 2) != value) errors.Add(field, new("金额最多保留两位小数（分）", "Amounts have at most two decimals (fen)"));
    }

    private static void Date(FieldErrors errors, string field, DateOnly? value, DateOnly today, bool required, Bilingual what)
    {
        if (value is null) { if (required) errors.Add(field, Required(what)); return; }
        if (value < EarliestDate || value > today)
            errors.Add(field, new($"{what.Zh}应在 {EarliestDate:yyyy-MM-dd} 至今天之间", $"The {what.En} must be between {EarliestDate:yyyy-MM-dd} and today"));
    }

    private static Bilingual Required(Bilingual what) => new($"请填写{what.Zh}", $"The {what.En} is required");

    // Mobile: 1[3-9] + 9 digits. Landline: 0 + 2–3 digit area code, optional hyphen, 7–8 digits, optional extension.
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    private static partial Regex PhonePattern();
}
