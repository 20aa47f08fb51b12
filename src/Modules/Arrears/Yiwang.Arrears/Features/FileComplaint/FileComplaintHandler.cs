using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.FileComplaint;

/// <summary>Drafts by the complaining enterprise: a new one, changes to a draft or to a case returned for completion.</summary>
internal sealed class FileComplaintHandler(ArrearsDbContext db, CaseWrite write, CaseCommands commands, TimeProvider clock)
{
    public static readonly Bilingual EnterpriseOnly = new("只有企业账号可以提交投诉", "Only enterprise accounts can file complaints");

    public async Task<CommandResult<CaseSummary>> CreateDraftAsync(ComplaintDraftRequest request, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsEnterprise || scope.Enterprise is not { } uscc) return CommandResult.Forbidden(EnterpriseOnly).As<CaseSummary>();
        var now = clock.GetUtcNow();
        var errors = ComplaintDraftValidator.Check(request, uscc.Value, CaseActor.ChinaDate(now), complete: false);
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();

        var c = new ComplaintCase { Status = ComplaintStatus.Draft, ComplainantUscc = uscc.Value, CreatedAt = now, Version = 1 };
        DraftMapping.Apply(request, c);
        c.Events.Add(new CaseEvent { At = now, ActorId = scope.UserId, ActorRole = scope.Role, Action = "draft.created" });
        db.Cases.Add(c);
        await write.SaveAsync(() => [new AuditEvent("complaint.draft.created", $"draft-{c.Id}", scope.UserId)], ct);
        return CommandResult.Of(CaseSummary.Of(c), NextStep.After(CaseAction.Edit, CaseNow.Of(c)));
    }

    public Task<CommandResult<CaseSummary>> UpdateDraftAsync(long id, ComplaintDraftRequest request, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return commands.RunAsync(id, scope, request.ExpectedVersion, CaseAction.Edit, (c, actor, _) =>
        {
            var errors = ComplaintDraftValidator.Check(request, c.ComplainantUscc, actor.Today, complete: false);
            if (errors.Any) return Task.FromResult<CommandResult?>(CommandResult.Invalid(errors));
            ComplaintTransitions.Edit(c, actor, draft => DraftMapping.Apply(request, draft));
            return Task.FromResult<CommandResult?>(null);
        }, ct);
    }

    /// <summary>The complainant's own draft or returned case as the filing form shows it (null: not theirs, or no such case).</summary>
    public async Task<DraftForEditing?> FindForEditingAsync(long id, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var c = await db.Cases.AsNoTracking().AsSplitQuery().Include(x => x.Contracts).Include(x => x.Evidence).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !ComplaintAccess.IsComplainant(scope, c)) return null;
        return new DraftForEditing(c.Id, c.Number, c.Version, c.Status, ComplaintStateMachine.Judge(CaseAction.Edit, scope, c).Allowed,
            DraftMapping.ToRequest(c), [.. c.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceItem(e.Id, e.FileName, e.ContentType, e.SizeBytes))],
            c.ReturnNote);
    }
}

/// <summary>What the filing form needs of a stored draft: its values, its evidence, whether it may still be changed.</summary>
internal sealed record DraftForEditing(long Id, string? Number, int Version, ComplaintStatus Status, bool Editable, ComplaintDraftRequest Values,
    IReadOnlyList<EvidenceItem> Evidence, string? ReturnNote);

internal sealed record EvidenceItem(long Id, string FileName, string ContentType, long SizeBytes);
