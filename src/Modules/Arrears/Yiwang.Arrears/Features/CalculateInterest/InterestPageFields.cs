using Yiwang.Arrears.Contracts;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.CalculateInterest;

/// <summary>
/// The calculator page's fields (a GET form, so a result can be bookmarked) into a request, and the handler's errors
/// (keyed by the API's field names) back onto the page's fields. The rate is typed in percent.
/// </summary>
internal static class InterestPageFields
{
    public const int PaymentRows = 3;

    private static readonly string[] PaymentFields = ["date", "amountYuan"];

    public static (InterestCalculationRequest Request, FieldErrors Errors, IReadOnlyList<int> Rows) Read(FormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reader = new FormReader(form);
        var rows = FieldRows.Filled(form, "payments", PaymentRows, PaymentFields);
        var payments = rows.Select(i => new PartialPaymentRequest(reader.Date($"payments[{i}].date", new("付款日期", "payment date")),
            reader.Decimal($"payments[{i}].amountYuan", new("付款金额", "amount paid")))).ToList();
        var request = new InterestCalculationRequest(reader.Decimal("principal", new("欠款本金", "principal")), reader.Date("due", new("付款期限最后一日", "last day of the term")),
            reader.Date("paid", new("付款日", "payment date")), Rate(reader), reader.Date("signed", new("合同订立日期", "signing date")), payments, reader.Text("dayCount"));
        return (request, reader.Errors, rows);
    }

    /// <summary>The handler's field names are the API's; the page's fields are shorter (and bookmarkable).</summary>
    public static FieldErrors ToFields(IReadOnlyDictionary<string, Bilingual> errors, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var mapped = new FieldErrors();
        foreach (var (field, message) in errors)
        {
            var name = field switch
            {
                "principalYuan" => "principal",
                "dueDate" => "due",
                "paidDate" => "paid",
                "agreedAnnualRate" => "rate",
                "signedDate" => "signed",
                _ => field.Replace("partialPayments", "payments", StringComparison.Ordinal),
            };
            mapped.Add(name, message);
        }
        return FieldRows.ToRows(mapped, "payments", rows);
    }

    /// <summary>"3.45" (the field's unit is %) or "3.45%" as 0.0345.</summary>
    private static decimal? Rate(FormReader reader)
    {
        var text = reader.Text("rate")?.TrimEnd('%', '％').Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (FormNumbers.TryParseDecimal(text, out var percent)) return percent / 100m;
        reader.Errors.Add("rate", $"约定年利率“{text}”不是数字，请按百分比填写，如 3.45", $"The agreed rate '{text}' is not a number; give it in percent, e.g. 3.45");
        return null;
    }
}
