using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.AnswerComplaint;

/// <summary>第二十五条第三款: the respondent co-operates and answers; its answer goes on the case as a handling step.</summary>
internal sealed class AnswerComplaintHandler(CaseCommands commands)
{
    public async Task<CommandResult<CaseSummary>> AnswerAsync(long id, RespondentAnswerRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        Notes.Required(errors, "answer", r.Answer, 5000, new("反馈内容", "your answer"));
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.Respond,
            (c, actor, _) => ComplaintTransitions.RecordStep(c, actor, HandlingStepKind.RespondentAnswer, r.Answer!.Trim()), ct);
    }
}
