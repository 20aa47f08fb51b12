using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.ConfirmResult;

/// <summary>The complainant's answer to the result: confirmed, the case is closed (办结); objected, supervision reopens.</summary>
internal sealed class ConfirmResultHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> AnswerAsync(long id, ConfirmationRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        if (r.Confirm) Notes.Optional(errors, "note", r.Note, 2000);
        else Notes.Required(errors, "note", r.Note, 2000, new("异议理由", "the reason for your objection"));
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, r.Confirm ? CaseAction.Confirm : CaseAction.Object, (c, actor, _) =>
        {
            if (r.Confirm) ComplaintTransitions.Confirm(c, actor, Notes.Trimmed(r.Note));
            else ComplaintTransitions.Object(c, actor, r.Note!.Trim());
        }, ct);
    }
}
