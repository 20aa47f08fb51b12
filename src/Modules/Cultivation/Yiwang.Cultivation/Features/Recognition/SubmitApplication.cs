using Microsoft.EntityFrameworkCore;
using Yiwang.Cultivation.Data;
using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Features.EvaluateTier;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Enterprises;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>POST /applications: the enterprise applies with its facts; the ruleSet defaults to the one in force today.</summary>
internal sealed record SubmitApplicationRequest(string? Tier, string? RuleSet, EnterpriseFacts? Facts);

/// <summary>
/// An enterprise applies for a tier for itself only. The facts are evaluated at once and the result (with gaps) is
/// kept with the application; an application that does not meet the conditions may still be filed, the reviewers decide.
/// </summary>
internal sealed class SubmitApplicationHandler(ApplicationStore store, ISmeRegister register)
{
    public async Task<CommandResult> HandleAsync(SubmitApplicationRequest request, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsEnterprise || caller.Enterprise is not { } uscc)
            return CommandResult.Forbidden(new("只有企业用户可以为本企业提出申请", "Only an enterprise user applies, for its own enterprise"));

        var (result, errors) = EvaluateTierHandler.Handle(new EvaluateTierRequest(request.RuleSet, request.Tier, null, request.Facts), store.Clock);
        if (result is null) return CommandResult.Invalid(errors);
        var enterprise = await register.FindAsync(uscc, ct);
        if (enterprise is null)
            return CommandResult.Conflict(new("企业名录中没有本企业，请先由主管部门登记", "The enterprise is not in the register yet; ask the department to register it"));

        var tier = result.Tier;
        var today = store.Today;
        var blocking = await store.Db.Applications.Where(a => a.Uscc == uscc.Value && a.Tier == tier
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Returned || a.Status == ApplicationStatus.LocallyRecommended
                    || a.Status == ApplicationStatus.NationallyNominated || (a.Status == ApplicationStatus.Recognised && a.ValidUntil >= today)))
            .Select(a => a.Id).FirstOrDefaultAsync(ct);
        if (blocking != 0)
            return CommandResult.Conflict(new($"本企业已有该层级的在办申请或有效认定（编号 {blocking}）", $"The enterprise already has an open application or a valid recognition for this tier (no. {blocking})"));

        var app = new ApplicationRecord
        {
            Uscc = uscc.Value, EnterpriseName = enterprise.Name, RegionCode = enterprise.Region.Value, Tier = tier,
            Status = ApplicationStatus.Submitted, SubmittedAt = store.Now,
        };
        ApplicationStore.ApplyEvaluation(app, request.Facts!, result);
        return await store.CommitAsync(app, caller, "submitted", null, ct);
    }

    /// <summary>After a return the enterprise corrects its facts and files the same application again.</summary>
    public async Task<CommandResult> ResubmitAsync(long id, EnterpriseFacts? facts, CallerScope caller, CancellationToken ct)
    {
        var app = await store.FindAsync(id, caller, ct);
        if (app is null) return CommandResult.NotFound();
        if (!caller.IsEnterprise) return CommandResult.Forbidden(new Bilingual("只有申请企业可以重新提交", "Only the applicant resubmits"));
        if (app.Status != ApplicationStatus.Returned) return CommandResult.Conflict(new Bilingual("只有被退回的申请可以重新提交", "Only a returned application can be resubmitted"));
        var (result, errors) = EvaluateTierHandler.Handle(new EvaluateTierRequest(app.RuleSetId, app.Tier, null, facts), store.Clock);
        if (result is null) return CommandResult.Invalid(errors);
        ApplicationStore.ApplyEvaluation(app, facts!, result);
        app.Status = ApplicationStatus.Submitted;
        return await store.CommitAsync(app, caller, "resubmitted", null, ct);
    }
}
