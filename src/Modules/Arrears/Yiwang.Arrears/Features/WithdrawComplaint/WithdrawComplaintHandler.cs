using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.WithdrawComplaint;

/// <summary>撤回投诉: the complainant withdraws a submitted complaint before a result; the case ends and its clocks stop.</summary>
internal sealed class WithdrawComplaintHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> WithdrawAsync(long id, WithdrawalRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        Notes.Optional(errors, "reason", r.Reason, 2000);
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.Withdraw,
            (c, actor, _) => ComplaintTransitions.Withdraw(c, actor, Notes.Trimmed(r.Reason)), ct);
    }
}
