using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.RequestExtension;

/// <summary>第二十五条第二款: the case officer asks for more time ("情况复杂或者有其他特殊原因"); the department head decides.</summary>
internal sealed class RequestExtensionHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> RequestAsync(long id, ExtensionRequestInput r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        if (r.Days is not (>= 1 and <= 60))
            errors.Add("days", "延长天数应为1至60日（处理期限合计不超过90日）", "Extension days must be 1 to 60 (handling may not exceed 90 days in total)");
        Notes.Required(errors, "reason", r.Reason, 2000, new("延期理由", "the reason for the extension"));
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.RequestExtension,
            (c, actor, _) => ComplaintTransitions.RequestExtension(c, actor, r.Days!.Value, r.Reason!.Trim()), ct);
    }
}
