using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Arrears.Features.FileComplaint;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.SubmitComplaint;

/// <summary>
/// Submission by the complainant: the complaint must be complete with evidence, the complainant an SME by the register
/// (第三条; the explanation is kept on the case), and possible duplicates are flagged. Starts the acceptance review clock.
/// </summary>
internal sealed class SubmitComplaintHandler(ArrearsDbContext db, ISmeRegister register, CaseCommands commands)
{
    public Task<CommandResult<CaseSummary>> SubmitAsync(long id, CallerScope scope, int? expectedVersion, CancellationToken ct) =>
        commands.RunAsync(id, scope, expectedVersion, CaseAction.Submit, async (c, actor, calendar) =>
        {
            var errors = ComplaintDraftValidator.Check(DraftMapping.ToRequest(c), c.ComplainantUscc, actor.Today, complete: true);
            if (c.Evidence.Count == 0)
                errors.Add("evidence", "请至少上传一份证明材料（合同、验收单、发票等，PDF/JPEG/PNG）", "Upload at least one piece of evidence (contract, acceptance note, invoice… as PDF/JPEG/PNG)");
            if (errors.Any) return CommandResult.Invalid(errors);

            var sme = await register.FindAsync(Uscc.Parse(c.ComplainantUscc), ct);
            if (sme is null)
                return CommandResult.Unprocessable(new("企业名录中没有本企业的规模数据，无法确认属于中小企业（第三条）；请先在“企业规模自测”中核对并由主管部门补录",
                    "The register has no size figures for your enterprise, so SME status (Art. 3) cannot be confirmed; check with the size self-test and ask your department to add them"));
            if (!sme.IsSme)
                return CommandResult.Unprocessable(new(
                    $"按 {sme.RuleSetId} 标准，本企业（{sme.ReportingYear} 年数据）不属于中小企业，不能依据《保障中小企业款项支付条例》投诉：{string.Join("；", sme.Explanation.Select(e => e.Zh))}",
                    $"Under {sme.RuleSetId} your enterprise ({sme.ReportingYear} figures) is not an SME, so the regulation's complaint route is not open: {string.Join("; ", sme.Explanation.Select(e => e.En))}"));

            var duplicates = await FindDuplicatesAsync(c, ct);
            c.ComplainantName = sme.Name;
            c.ComplainantRegion = sme.Region.Value;
            c.ComplainantSize = sme.Size;
            c.SizeCheckRuleSet = sme.RuleSetId;
            c.SizeCheckExplanation = JsonSerializer.Serialize(sme.Explanation.Select(e => new[] { e.Zh, e.En }));
            var accepting = c.RespondentIsCentral ? RegionCode.National.Value : RegionCode.Parse(c.RespondentRegion).Province.Value;
            ComplaintTransitions.Submit(c, actor, accepting, duplicates, calendar);
            c.Number ??= FormattableString.Invariant($"TS{actor.Today.Year}{c.Id:D7}");
            return null;
        }, ct);

    /// <summary>Same complainant, same respondent (by USCC, else by name) and a shared contract number.</summary>
    private async Task<List<string>> FindDuplicatesAsync(ComplaintCase c, CancellationToken ct)
    {
        var numbers = c.Contracts.Select(k => k.Number).ToList();
        var query = db.Cases.AsNoTracking().Where(x => x.Id != c.Id && x.ComplainantUscc == c.ComplainantUscc && x.Number != null
            && x.Contracts.Any(k => numbers.Contains(k.Number)));
        query = c.RespondentUscc is { } respondent ? query.Where(x => x.RespondentUscc == respondent) : query.Where(x => x.RespondentName == c.RespondentName);
        return await query.Select(x => x.Number!).Take(10).ToListAsync(ct);
    }
}
