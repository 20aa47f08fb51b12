using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>Drafts and submission by the complaining enterprise, with the SME check of 第三条 and duplicate detection.</summary>
internal sealed class FileComplaintHandler(ArrearsDbContext db, ISmeRegister register, IAuditTrail audit, TimeProvider clock, CaseCommands commands)
{
    public static readonly Bilingual EnterpriseOnly = new("只有企业账号可以提交投诉", "Only enterprise accounts can file complaints");

    public async Task<(ComplaintCase? Case, Dictionary<string, Bilingual> Errors)> CreateDraftAsync(ComplaintDraftRequest request, CallerScope scope, CancellationToken ct)
    {
        if (!scope.IsEnterprise || scope.Enterprise is not { } uscc) throw new UnauthorizedAccessException(EnterpriseOnly.En);
        var now = clock.GetUtcNow();
        var errors = ComplaintDraftValidator.Check(request, uscc.Value, CaseActor.ChinaDate(now), complete: false);
        if (errors.Count > 0) return (null, errors);
        var c = new ComplaintCase { Status = ComplaintStatus.Draft, ComplainantUscc = uscc.Value, CreatedAt = now, Version = 1 };
        DraftMapping.Apply(request, c);
        c.Events.Add(new CaseEvent { At = now, ActorId = scope.UserId, ActorRole = scope.Role, Action = "draft.created" });
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("complaint.draft.created", $"draft-{c.Id}", scope.UserId), ct);
        return (c, errors);
    }

    public async Task<(CaseCommandResult Result, Dictionary<string, Bilingual> Errors)> UpdateDraftAsync(long id, ComplaintDraftRequest request, CallerScope scope, CancellationToken ct)
    {
        var errors = scope.Enterprise is { } uscc ? ComplaintDraftValidator.Check(request, uscc.Value, CaseActor.ChinaDate(clock.GetUtcNow()), complete: false) : [];
        if (errors.Count > 0) return (CaseCommandResult.Unprocessable(new("字段有误", "Invalid fields")), errors);
        var result = await commands.RunAsync(id, scope, request.ExpectedVersion, CasePermission.Complainant, (c, actor, _) =>
        {
            if (c.Status is not (ComplaintStatus.Draft or ComplaintStatus.Returned))
                throw new ComplaintRuleException(new("已提交的投诉不能再修改，如需补充请等待退回补正", "A submitted complaint cannot be edited; wait until it is returned for completion"));
            DraftMapping.Apply(request, c);
            c.Version++;
            c.Events.Add(new CaseEvent { At = actor.Now, ActorId = actor.UserId, ActorRole = actor.Role, Action = "draft.updated" });
        }, ct);
        return (result, errors);
    }

    public async Task<(CaseCommandResult Result, Dictionary<string, Bilingual> Errors)> SubmitAsync(long id, CallerScope scope, int? expectedVersion, CancellationToken ct)
    {
        var stored = await db.Cases.AsNoTracking().Include(c => c.Contracts).Include(c => c.Evidence).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (stored is null || !ComplaintAccess.IsComplainant(scope, stored)) return (CaseCommandResult.NotFound(), []);
        var errors = ComplaintDraftValidator.Check(DraftMapping.ToRequest(stored), stored.ComplainantUscc, CaseActor.ChinaDate(clock.GetUtcNow()), complete: true);
        if (stored.Evidence.Count == 0) errors["evidence"] = new("请至少上传一份证明材料（合同、验收单、发票等，PDF/JPEG/PNG）", "Upload at least one piece of evidence (contract, acceptance note, invoice… as PDF/JPEG/PNG)");
        if (errors.Count > 0) return (CaseCommandResult.Unprocessable(new("投诉内容不完整", "The complaint is incomplete")), errors);

        var sme = await register.FindAsync(Uscc.Parse(stored.ComplainantUscc), ct);
        if (sme is null)
            return (CaseCommandResult.Unprocessable(new("企业名录中没有本企业的规模数据，无法确认属于中小企业（第三条）；请先在“企业规模自测”中核对并由主管部门补录",
                "The register has no size figures for your enterprise, so SME status (Art. 3) cannot be confirmed; check with the size self-test and ask your department to add them")), []);
        if (!sme.IsSme)
            return (CaseCommandResult.Unprocessable(new(
                $"按 {sme.RuleSetId} 标准，本企业（{sme.ReportingYear} 年数据）不属于中小企业，不能依据《保障中小企业款项支付条例》投诉：{string.Join("；", sme.Explanation.Select(e => e.Zh))}",
                $"Under {sme.RuleSetId} your enterprise ({sme.ReportingYear} figures) is not an SME, so the regulation's complaint route is not open: {string.Join("; ", sme.Explanation.Select(e => e.En))}")), []);

        var duplicates = await FindDuplicatesAsync(stored, ct);
        var result = await commands.RunAsync(id, scope, expectedVersion, CasePermission.Complainant, (c, actor, calendar) =>
        {
            c.ComplainantName = sme.Name;
            c.ComplainantRegion = sme.Region.Value;
            c.ComplainantSize = sme.Size;
            c.SizeCheckRuleSet = sme.RuleSetId;
            c.SizeCheckExplanation = JsonSerializer.Serialize(sme.Explanation.Select(e => new[] { e.Zh, e.En }));
            var region = RegionCode.Parse(c.RespondentRegion);
            ComplaintTransitions.Submit(c, actor, c.RespondentIsCentral ? RegionCode.National.Value : region.Province.Value, duplicates, calendar);
            c.Number ??= FormattableString.Invariant($"TS{actor.Today.Year}{c.Id:D7}");
        }, ct);
        return (result, []);
    }

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
