using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.RecordResult;

/// <summary>
/// 第二十五条第二款: the handling department forms its result and feeds it back in writing to the complainant and the
/// accepting department. Amounts are checked against what the case says is owed.
/// </summary>
internal sealed class RecordResultHandler(CaseCommands commands)
{
    public const int MaxInstallments = 36;

    public async Task<CommandResult<CaseSummary>> ResolveAsync(long id, ResultRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = Check(r, out var outcome);
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        var plan = outcome == ComplaintOutcome.PaymentPlan ? [.. (r.Installments ?? []).Select(i => (i.DueOn!.Value, i.AmountYuan!.Value))] : new List<(DateOnly, decimal)>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.Resolve, (c, actor, _) =>
        {
            if (AgainstWhatIsOwed(r, plan, c.AmountOwedYuan) is { Any: true } beyond)
                return Task.FromResult<CommandResult?>(new CommandResult(CommandStatus.Unprocessable,
                    new Bilingual("金额超过尚欠金额，请核对", "An amount exceeds what is owed; check it"), beyond));
            ComplaintTransitions.Resolve(c, actor, outcome, r.RecoveredYuan, plan, r.Feedback!.Trim());
            return Task.FromResult<CommandResult?>(null);
        }, ct);
    }

    /// <summary>The request on its own: a labelled outcome, the written feedback, and what the outcome needs.</summary>
    private static FieldErrors Check(ResultRequest r, out ComplaintOutcome outcome)
    {
        var errors = new FieldErrors();
        if (!EnumNames.TryParse(r.Outcome, out outcome)) errors.Add("outcome", "请选择处理结果", "Choose the result");
        Notes.Required(errors, "feedback", r.Feedback, 5000, new("给投诉人的书面反馈", "the written feedback to the complainant"));
        if (r.RecoveredYuan is < 0) errors.Add("recoveredYuan", "已支付金额不能为负数", "The amount paid cannot be negative");
        else if (outcome == ComplaintOutcome.PartlyPaid && r.RecoveredYuan is not > 0)
            errors.Add("recoveredYuan", "部分支付须填写已支付金额", "Partly paid needs the amount paid");
        if (outcome != ComplaintOutcome.PaymentPlan || errors.Has("outcome")) return errors;
        var plan = r.Installments ?? [];
        if (plan.Count is 0 or > MaxInstallments)
            errors.Add("installments", $"还款计划应有1至{MaxInstallments}期", $"A payment plan has 1 to {MaxInstallments} instalments");
        for (var i = 0; i < Math.Min(plan.Count, MaxInstallments); i++)
        {
            if (plan[i].DueOn is null) errors.Add($"installments[{i}].dueOn", $"请填写第{i + 1}期的约定日期", $"Enter the date of instalment {i + 1}");
            if (plan[i].AmountYuan is not > 0) errors.Add($"installments[{i}].amountYuan", $"第{i + 1}期金额应为正数", $"Instalment {i + 1} needs a positive amount");
        }
        return errors;
    }

    private static FieldErrors AgainstWhatIsOwed(ResultRequest r, IReadOnlyList<(DateOnly DueOn, decimal AmountYuan)> plan, decimal owedYuan)
    {
        var errors = new FieldErrors();
        var owed = Figures.Yuan(owedYuan);
        if (r.RecoveredYuan > owedYuan)
            errors.Add("recoveredYuan", $"已支付金额应在0至欠款 {owed} 元之间", $"The amount paid must be between 0 and the {owed} yuan owed");
        if (plan.Sum(p => p.AmountYuan) > owedYuan)
            errors.Add("installments", $"计划总额超过欠款 {owed} 元", $"The plan exceeds the {owed} yuan owed");
        return errors;
    }
}
