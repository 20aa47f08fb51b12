using System.Globalization;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;
using Yiwang.Kernel.Web.Forms;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>
/// The filing form's fields, named as the API names them (<c>respondent.region</c>, <c>contracts[0].signedOn</c>) so
/// each of the handler's errors lands beside its field. Empty contract rows are dropped and errors mapped back to the row
/// they were typed in; the region is picked by name; the agreed rate is typed in percent (the API takes a fraction).
/// </summary>
internal static class DraftFormFields
{
    public const int ContractRows = 3;

    private static readonly string[] ContractFields = ["number", "signedOn", "amountYuan", "deliveredOn", "acceptedOn", "agreedTermDays", "agreedAnnualRate"];

    public sealed record Reading(ComplaintDraftRequest Request, FieldErrors FormatErrors, IReadOnlyList<int> RowOfContract);

    public static Reading Read(FormModel form, int? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reader = new FormReader(form);
        var rows = FieldRows.Filled(form, "contracts", ContractRows, ContractFields);
        var contracts = rows.Select(i =>
        {
            var at = $"contracts[{i}].";
            return new ContractInput(reader.Text(at + "number"), reader.Date(at + "signedOn", new("签订日期", "signing date")),
                reader.Decimal(at + "amountYuan", new("合同金额", "contract amount")), reader.Date(at + "deliveredOn", new("交付日期", "delivery date")),
                reader.Date(at + "acceptedOn", new("验收日期", "acceptance date")), reader.Integer(at + "agreedTermDays", new("约定付款期限", "agreed term")),
                Fraction(reader, at + "agreedAnnualRate"));
        }).ToList();

        string[] respondentFields = ["respondent.name", "respondent.uscc", "respondent.type", "respondent.region"];
        var respondent = respondentFields.All(f => reader.Text(f) is null) ? null
            : new RespondentInput(reader.Text("respondent.name"), reader.Text("respondent.uscc"), reader.Text("respondent.type"),
                reader.Region("respondent.region"), reader.Checked("respondent.central"));
        var request = new ComplaintDraftRequest
        {
            ContactName = reader.Text("contactName"),
            ContactPhone = reader.Text("contactPhone"),
            Respondent = respondent,
            Contracts = contracts,
            AmountOwedYuan = reader.Decimal("amountOwedYuan", new("欠款金额", "amount owed")),
            PaymentsReceivedYuan = reader.Decimal("paymentsReceivedYuan", new("已收款", "payments received")),
            PriorProceedings = reader.Text("priorProceedings"),
            Description = reader.Text("description"),
            WithholdIdentity = reader.Checked("withholdIdentity"),
            ExpectedVersion = expectedVersion,
        };
        return new Reading(request, reader.Errors, rows);
    }

    /// <summary>The stored draft as the form's values (the rate in percent, the region as its code, shown by the picker with its name).</summary>
    public static FormModel Values(ComplaintDraftRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var form = new FormModel()
            .Set("contactName", r.ContactName).Set("contactPhone", r.ContactPhone)
            .Set("respondent.name", r.Respondent?.Name).Set("respondent.uscc", r.Respondent?.Uscc).Set("respondent.type", r.Respondent?.Type)
            .Set("respondent.region", r.Respondent?.Region).Set("respondent.central", r.Respondent?.Central == true ? "true" : null)
            .Set("amountOwedYuan", Plain(r.AmountOwedYuan)).Set("paymentsReceivedYuan", Plain(r.PaymentsReceivedYuan))
            .Set("priorProceedings", r.PriorProceedings ?? "None").Set("description", r.Description)
            .Set("withholdIdentity", r.WithholdIdentity ? "true" : null);
        var contracts = r.Contracts ?? [];
        for (var i = 0; i < Math.Min(contracts.Count, ContractRows); i++)
        {
            var (k, at) = (contracts[i], $"contracts[{i}].");
            form.Set(at + "number", k.Number).Set(at + "signedOn", Iso(k.SignedOn)).Set(at + "amountYuan", Plain(k.AmountYuan))
                .Set(at + "deliveredOn", Iso(k.DeliveredOn)).Set(at + "acceptedOn", Iso(k.AcceptedOn))
                .Set(at + "agreedTermDays", k.AgreedTermDays?.ToString(CultureInfo.InvariantCulture)).Set(at + "agreedAnnualRate", Plain(k.AgreedAnnualRate * 100m));
        }
        return form;
    }

    /// <summary>A rate typed in percent ("3.45") as the fraction the API takes (0.0345).</summary>
    private static decimal? Fraction(FormReader reader, string name)
    {
        var percent = reader.Decimal(name, new("约定逾期年利率", "agreed late rate"));
        if (percent is null) return null;
        if (percent is <= 0 or > 100)
        {
            reader.Errors.Add(name, new Bilingual("约定年利率应大于0且不超过100%", "The agreed annual rate must be above 0 and at most 100 %"));
            return null;
        }
        return percent / 100m;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Plain(decimal? amount) => amount?.ToString("0.##########", CultureInfo.InvariantCulture);
}
