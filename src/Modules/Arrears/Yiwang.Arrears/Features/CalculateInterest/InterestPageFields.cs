using System.Globalization;
using Yiwang.Arrears.Contracts;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.CalculateInterest;

/// <summary>Turns the calculator page's query strings into a request, and names the request's fields for people.</summary>
internal static class InterestPageFields
{
    public static (InterestCalculationRequest Request, Dictionary<string, Bilingual> Errors) Parse(
        string? principal, string? due, string? paid, string? rate, string? signed, string? dayCount, string[]? paymentDates, string[]? paymentAmounts)
    {
        var errors = new Dictionary<string, Bilingual>();
        decimal? rateValue = null;
        if (!string.IsNullOrWhiteSpace(rate))
        {
            if (AnnualRates.TryParse(rate, out var r)) rateValue = r;
            else errors["agreedAnnualRate"] = new($"“{rate}”不是有效的利率，请写作3.45%或0.0345", $"'{rate}' is not a rate; write 3.45% or 0.0345");
        }

        var payments = new List<PartialPaymentRequest>();
        var rows = Math.Max(paymentDates?.Length ?? 0, paymentAmounts?.Length ?? 0);
        for (var i = 0; i < rows; i++)
        {
            var dateText = i < (paymentDates?.Length ?? 0) ? paymentDates![i] : null;
            var amountText = i < (paymentAmounts?.Length ?? 0) ? paymentAmounts![i] : null;
            if (string.IsNullOrWhiteSpace(dateText) && string.IsNullOrWhiteSpace(amountText)) continue;
            var index = payments.Count;
            payments.Add(new PartialPaymentRequest(
                Date(dateText, $"partialPayments[{index}].date", errors), Number(amountText, $"partialPayments[{index}].amountYuan", errors)));
        }

        var request = new InterestCalculationRequest(Number(principal, "principalYuan", errors), Date(due, "dueDate", errors), Date(paid, "paidDate", errors),
            rateValue, Date(signed, "signedDate", errors), payments, dayCount);
        return (request, errors);
    }

    public static string Label(string field) => field switch
    {
        "principalYuan" => Bilingual.T("欠款本金", "Principal"),
        "dueDate" => Bilingual.T("付款期限最后一日", "Last day of the term"),
        "paidDate" => Bilingual.T("付款日", "Payment date"),
        "agreedAnnualRate" => Bilingual.T("约定年利率", "Agreed annual rate"),
        "signedDate" => Bilingual.T("合同订立日期", "Signing date"),
        "dayCount" => Bilingual.T("计息基准", "Day count"),
        "partialPayments" => Bilingual.T("部分付款", "Partial payments"),
        _ when field.StartsWith("partialPayments[", StringComparison.Ordinal) =>
            Bilingual.T($"部分付款{Row(field)}", $"Partial payment {Row(field)}"),
        _ => field,
    };

    private static int Row(string field) => int.Parse(field.AsSpan(16, field.IndexOf(']', StringComparison.Ordinal) - 16), CultureInfo.InvariantCulture) + 1;

    private static DateOnly? Date(string? text, string field, Dictionary<string, Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = new($"“{text}”不是有效日期（YYYY-MM-DD）", $"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }

    private static decimal? Number(string? text, string field, Dictionary<string, Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        errors[field] = new($"“{text}”不是有效数字", $"'{text}' is not a number");
        return null;
    }
}
