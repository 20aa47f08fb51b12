using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.RecordHandlingStep;

/// <summary>A step of the handling department (第二十五条第三款): contact, the respondent's answer, 督办书, 约谈, 通报.</summary>
internal sealed class RecordHandlingStepHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> RecordAsync(long id, HandlingStepRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        if (!EnumNames.TryParse<HandlingStepKind>(r.Kind, out var kind)) errors.Add("kind", "请选择处理事项", "Choose what kind of step it was");
        Notes.Required(errors, "note", r.Note, 2000, new("处理情况", "what happened"));
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.RecordStep,
            (c, actor, _) => ComplaintTransitions.RecordStep(c, actor, kind, r.Note!.Trim()), ct);
    }
}
