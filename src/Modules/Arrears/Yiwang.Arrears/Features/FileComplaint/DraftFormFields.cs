using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintPages;

/// <summary>
/// The filing form's fields, named as the validator names its errors (<c>respondent.region</c>, <c>contracts[0].signedOn</c>)
/// so each error lands next to its field. Empty contract rows are dropped; error keys are mapped back to the row shown.
/// </summary>
internal static partial class DraftFormFields
{
    public const int ContractRows = 3;

    private static readonly string[] ContractFields = ["number", "signedOn", "amountYuan", "deliveredOn", "acceptedOn", "agreedTermDays", "agreedAnnualRate"];

    private static readonly Bilingual NotANumber = new("请输入数字", "Enter a number");
    private static readonly Bilingual NotADate = new("请输入日期（YYYY-MM-DD）", "Enter a date (YYYY-MM-DD)");

    public sealed record Reading(ComplaintDraftRequest Request, Dictionary<string, Bilingual> FormatErrors, IReadOnlyList<int> RowOfContract);

    public static Reading Read(IFormCollection form, int? expectedVersion)
    {
        string F(string name) => form[name].ToString().Trim();
        var format = new Dictionary<string, Bilingual>();
        decimal? Money(string name) => Check(format, name, F(name), PageParsing.Decimal(F(name)), NotANumber);
        DateOnly? Day(string name) => Check(format, name, F(name), PageParsing.Date(F(name)), NotADate);
        int? Whole(string name) => Check(format, name, F(name), PageParsing.Int(F(name)), NotANumber);

        var contracts = new List<ContractInput>();
        var rows = new List<int>();
        for (var i = 0; i < ContractRows; i++)
        {
            var at = $"contracts[{i}].";
            if (ContractFields.All(f => F(at + f).Length == 0)) continue;
            rows.Add(i);
            contracts.Add(new ContractInput(PageParsing.Text(F(at + "number")), Day(at + "signedOn"), Money(at + "amountYuan"), Day(at + "deliveredOn"),
                Day(at + "acceptedOn"), Whole(at + "agreedTermDays"), Money(at + "agreedAnnualRate")));
        }

        string[] respondentFields = ["respondent.name", "respondent.uscc", "respondent.type", "respondent.region"];
        var respondent = respondentFields.All(f => F(f).Length == 0) ? null
            : new RespondentInput(PageParsing.Text(F("respondent.name")), PageParsing.Text(F("respondent.uscc")), PageParsing.Text(F("respondent.type")),
                PageParsing.Text(F("respondent.region")), F("respondent.central") == "true");
        var request = new ComplaintDraftRequest
        {
            ContactName = PageParsing.Text(F("contactName")),
            ContactPhone = PageParsing.Text(F("contactPhone")),
            Respondent = respondent,
            Contracts = contracts,
            AmountOwedYuan = Money("amountOwedYuan"),
            PaymentsReceivedYuan = Money("paymentsReceivedYuan"),
            PriorProceedings = PageParsing.Text(F("priorProceedings")),
            Description = PageParsing.Text(F("description")),
            WithholdIdentity = F("withholdIdentity") == "true",
            ExpectedVersion = expectedVersion,
        };
        return new Reading(request, format, rows);
    }

    /// <summary>The handler numbers contracts as sent (without empty rows); the page shows them in the rows they were typed in.</summary>
    public static Dictionary<string, Bilingual> ToRows(IReadOnlyDictionary<string, Bilingual> errors, IReadOnlyList<int> rowOfContract) =>
        errors.ToDictionary(e => ContractKey().Replace(e.Key, m =>
        {
            var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return $"contracts[{(index < rowOfContract.Count ? rowOfContract[index] : index)}]";
        }), e => e.Value);

    public static Dictionary<string, string> Values(IFormCollection form) =>
        form.Keys.ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);

    public static Dictionary<string, string> Values(ComplaintDraftRequest r)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["contactName"] = r.ContactName ?? "", ["contactPhone"] = r.ContactPhone ?? "",
            ["respondent.name"] = r.Respondent?.Name ?? "", ["respondent.uscc"] = r.Respondent?.Uscc ?? "",
            ["respondent.type"] = r.Respondent?.Type ?? "", ["respondent.region"] = r.Respondent?.Region ?? "",
            ["respondent.central"] = r.Respondent?.Central == true ? "true" : "",
            ["amountOwedYuan"] = PageParsing.Plain(r.AmountOwedYuan), ["paymentsReceivedYuan"] = PageParsing.Plain(r.PaymentsReceivedYuan),
            ["priorProceedings"] = r.PriorProceedings ?? "None", ["description"] = r.Description ?? "",
            ["withholdIdentity"] = r.WithholdIdentity ? "true" : "",
        };
        var contracts = r.Contracts ?? [];
        for (var i = 0; i < Math.Min(contracts.Count, ContractRows); i++)
        {
            var (k, at) = (contracts[i], $"contracts[{i}].");
            values[at + "number"] = k.Number ?? "";
            values[at + "signedOn"] = PageParsing.Iso(k.SignedOn);
            values[at + "amountYuan"] = PageParsing.Plain(k.AmountYuan);
            values[at + "deliveredOn"] = PageParsing.Iso(k.DeliveredOn);
            values[at + "acceptedOn"] = PageParsing.Iso(k.AcceptedOn);
            values[at + "agreedTermDays"] = k.AgreedTermDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            values[at + "agreedAnnualRate"] = PageParsing.Plain(k.AgreedAnnualRate);
        }
        return values;
    }

    private static T? Check<T>(Dictionary<string, Bilingual> format, string name, string text, T? parsed, Bilingual problem) where T : struct
    {
        if (PageParsing.Unparsed(text, parsed)) format[name] = problem;
        return parsed;
    }

    [GeneratedRegex(@"^contracts\[(\d+)\]")]
    private static partial Regex ContractKey();
}
