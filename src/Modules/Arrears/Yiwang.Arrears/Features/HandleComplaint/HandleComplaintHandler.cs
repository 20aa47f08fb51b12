using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.HandleComplaint;

/// <summary>Handling by the receiving department (第二十五条第二、三款) and the respondent's own answer.</summary>
internal sealed class HandleComplaintHandler(CaseCommands commands)
{
    public static Dictionary<string, Bilingual> Check(HandlingStepRequest r)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (!EnumNames.TryParse<HandlingStepKind>(r.Kind, out _))
            errors["kind"] = new("应为 " + string.Join("、", Enum.GetNames<HandlingStepKind>()), "Must be " + string.Join(", ", Enum.GetNames<HandlingStepKind>()));
        NoteRequired(errors, "note", r.Note, 2000);
        return errors;
    }

    public static Dictionary<string, Bilingual> Check(ExtensionRequestInput r)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (r.Days is not (>= 1 and <= 60)) errors["days"] = new("延长天数应为1至60日（总处理期限不超过90日）", "Extension days must be 1 to 60 (handling may not exceed 90 days in total)");
        NoteRequired(errors, "reason", r.Reason, 2000);
        return errors;
    }

    public static Dictionary<string, Bilingual> Check(ResultRequest r, decimal outstandingYuan)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (!EnumNames.TryParse<ComplaintOutcome>(r.Outcome, out var outcome))
            errors["outcome"] = new("应为 " + string.Join("、", Enum.GetNames<ComplaintOutcome>()), "Must be " + string.Join(", ", Enum.GetNames<ComplaintOutcome>()));
        NoteRequired(errors, "feedback", r.Feedback, 5000);
        if (outcome == ComplaintOutcome.PartlyPaid && r.RecoveredYuan is not > 0)
            errors["recoveredYuan"] = new("部分支付须填写已支付金额", "Partly paid needs the amount paid");
        if (r.RecoveredYuan is < 0 || r.RecoveredYuan > outstandingYuan)
            errors["recoveredYuan"] = new($"已支付金额应在0至欠款 {outstandingYuan:0.00} 元之间", $"The amount paid must be between 0 and the {outstandingYuan:0.00} yuan owed");
        if (outcome == ComplaintOutcome.PaymentPlan)
        {
            var plan = r.Installments ?? [];
            if (plan.Count is 0 or > 36) errors["installments"] = new("还款计划应有1至36期", "A payment plan has 1 to 36 instalments");
            else if (plan.Any(i => i.DueOn is null || i.AmountYuan is not > 0))
                errors["installments"] = new("每期须有日期和正数金额", "Every instalment needs a date and a positive amount");
            else if (plan.Sum(i => i.AmountYuan!.Value) > outstandingYuan)
                errors["installments"] = new($"计划总额超过欠款 {outstandingYuan:0.00} 元", $"The plan exceeds the {outstandingYuan:0.00} yuan owed");
        }
        return errors;
    }

    public Task<CaseCommandResult> RecordStepAsync(long id, HandlingStepRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Handler,
            (c, actor, _) => ComplaintTransitions.RecordStep(c, actor, EnumNames.Parse<HandlingStepKind>(r.Kind!), r.Note!.Trim()), ct);

    public Task<CaseCommandResult> AnswerAsRespondentAsync(long id, RespondentAnswerRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Respondent,
            (c, actor, _) => ComplaintTransitions.RecordStep(c, actor, HandlingStepKind.RespondentAnswer, r.Answer!.Trim()), ct);

    public Task<CaseCommandResult> RequestExtensionAsync(long id, ExtensionRequestInput r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Handler,
            (c, actor, _) => ComplaintTransitions.RequestExtension(c, actor, r.Days!.Value, r.Reason!.Trim()), ct);

    public Task<CaseCommandResult> DecideExtensionAsync(long id, long requestId, ExtensionDecisionInput r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Handler,
            (c, actor, calendar) => ComplaintTransitions.DecideExtension(c, actor, requestId, r.Approve, r.Note, calendar), ct);

    public Task<CaseCommandResult> ResolveAsync(long id, ResultRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Handler, (c, actor, _) =>
        {
            var errors = Check(r, c.AmountOwedYuan);
            if (errors.Count > 0) throw new ComplaintRuleException(errors.First().Value, 422);
            var plan = (r.Installments ?? []).Select(i => (i.DueOn!.Value, i.AmountYuan!.Value)).ToList();
            ComplaintTransitions.Resolve(c, actor, EnumNames.Parse<ComplaintOutcome>(r.Outcome!), r.RecoveredYuan, plan, r.Feedback!.Trim());
        }, ct);

    private static void NoteRequired(Dictionary<string, Bilingual> errors, string field, string? note, int max)
    {
        if (string.IsNullOrWhiteSpace(note)) errors[field] = new("请填写说明", "Please write an explanation");
        else if (note.Length > max) errors[field] = new($"最多{max}字", $"At most {max} characters");
    }
}
