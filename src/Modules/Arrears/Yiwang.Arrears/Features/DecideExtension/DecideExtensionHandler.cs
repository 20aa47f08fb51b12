using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.DecideExtension;

/// <summary>
/// 第二十五条第二款 "经部门负责人批准": the head of the handling department approves or refuses a pending extension — not an
/// official above it, not a colleague, not the one who asked (see <see cref="ComplaintStateMachine"/>).
/// </summary>
internal sealed class DecideExtensionHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> DecideAsync(long id, long requestId, ExtensionDecisionInput r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        Notes.Optional(errors, "note", r.Note, 2000);
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.DecideExtension,
            (c, actor, calendar) => ComplaintTransitions.DecideExtension(c, actor, requestId, r.Approve, Notes.Trimmed(r.Note), calendar), ct);
    }
}
