using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.ReviewComplaint;

/// <summary>The acceptance review by the accepting department (第二十四条): accept, return for completion, or decline on a statutory ground.</summary>
internal sealed class ReviewComplaintHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> DecideAsync(long id, AcceptanceDecisionRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        var action = r.Decision switch { "accept" => CaseAction.Accept, "return" => CaseAction.Return, "reject" => CaseAction.Reject, _ => (CaseAction?)null };
        if (action is null) errors.Add("decision", "请选择受理、退回补正或不予受理（accept、return 或 reject）", "Choose accept, return or reject");
        if (action == CaseAction.Return && string.IsNullOrWhiteSpace(r.Note))
            errors.Add("note", "退回补正时请写明需要补充的材料", "Say what is missing when returning a complaint");
        var reason = default(RejectionReason);
        if (action == CaseAction.Reject && !EnumNames.TryParse(r.Reason, out reason))
            errors.Add("reason", "不予受理须选择一项法定理由", "Declining needs one of the statutory grounds");
        if (r.Note is { Length: > 2000 }) errors.Add("note", "说明最多2000字", "The note has at most 2000 characters");
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();

        var note = r.Note?.Trim();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, action!.Value, (c, actor, calendar) =>
        {
            switch (action)
            {
                case CaseAction.Accept: ComplaintTransitions.Accept(c, actor, note, calendar); break;
                case CaseAction.Return: ComplaintTransitions.Return(c, actor, note!); break;
                default: ComplaintTransitions.Reject(c, actor, reason, note); break;
            }
        }, ct);
    }
}
