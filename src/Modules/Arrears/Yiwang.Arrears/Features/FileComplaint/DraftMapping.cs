using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>Copies a validated request onto a case and back (a submission re-validates what was stored).</summary>
internal static class DraftMapping
{
    public static void Apply(ComplaintDraftRequest r, ComplaintCase c)
    {
        c.ContactName = r.ContactName?.Trim() ?? string.Empty;
        c.ContactPhone = r.ContactPhone?.Trim() ?? string.Empty;
        c.RespondentName = r.Respondent?.Name?.Trim() ?? string.Empty;
        c.RespondentUscc = string.IsNullOrWhiteSpace(r.Respondent?.Uscc) ? null : r.Respondent.Uscc.Trim().ToUpperInvariant();
        c.RespondentType = Enum.TryParse<RespondentType>(r.Respondent?.Type, out var type) ? type : RespondentType.Other;
        c.RespondentRegion = r.Respondent?.Region?.Trim() ?? string.Empty;
        c.RespondentIsCentral = r.Respondent?.Central ?? false;
        c.AmountOwedYuan = r.AmountOwedYuan ?? 0;
        c.PaymentsReceivedYuan = r.PaymentsReceivedYuan ?? 0;
        c.PriorProceedings = Enum.TryParse<PriorProceedings>(r.PriorProceedings, out var prior) ? prior : PriorProceedings.None;
        c.Description = r.Description?.Trim() ?? string.Empty;
        c.WithholdIdentity = r.WithholdIdentity;
        c.Contracts.Clear();
        foreach (var k in r.Contracts ?? [])
            c.Contracts.Add(new ComplaintContract
            {
                Number = k.Number?.Trim() ?? string.Empty, SignedOn = k.SignedOn ?? default, AmountYuan = k.AmountYuan ?? 0,
                DeliveredOn = k.DeliveredOn, AcceptedOn = k.AcceptedOn, AgreedTermDays = k.AgreedTermDays, AgreedAnnualRate = k.AgreedAnnualRate,
            });
    }

    public static ComplaintDraftRequest ToRequest(ComplaintCase c) => new()
    {
        ContactName = c.ContactName,
        ContactPhone = c.ContactPhone,
        Respondent = new RespondentInput(c.RespondentName, c.RespondentUscc, c.RespondentType.ToString(),
            string.IsNullOrEmpty(c.RespondentRegion) ? null : c.RespondentRegion, c.RespondentIsCentral),
        Contracts = [.. c.Contracts.Select(k => new ContractInput(k.Number, k.SignedOn == default ? null : k.SignedOn,
            k.AmountYuan == 0 ? null : k.AmountYuan, k.DeliveredOn, k.AcceptedOn, k.AgreedTermDays, k.AgreedAnnualRate))],
        AmountOwedYuan = c.AmountOwedYuan == 0 ? null : c.AmountOwedYuan,
        PaymentsReceivedYuan = c.PaymentsReceivedYuan,
        PriorProceedings = c.PriorProceedings.ToString(),
        Description = c.Description,
        WithholdIdentity = c.WithholdIdentity,
    };
}
