using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ConcludeComplaint;

/// <param name="Confirm">True confirms the result and closes the case; false objects (with a reason) and reopens supervision.</param>
internal sealed record ConfirmationRequest(bool Confirm, string? Note, int? ExpectedVersion);

internal sealed record PlanPaymentRequest(int? Sequence, DateOnly? PaidOn, decimal? AmountYuan, int? ExpectedVersion);

/// <summary>The complainant's answer to a result, and payments made under a payment plan.</summary>
internal sealed class ConcludeComplaintHandler(CaseCommands commands, TimeProvider clock)
{
    public static Dictionary<string, Bilingual> Check(ConfirmationRequest r) =>
        !r.Confirm && string.IsNullOrWhiteSpace(r.Note)
            ? new() { ["note"] = new("提出异议须说明理由", "An objection needs a reason") }
            : r.Note is { Length: > 2000 } ? new() { ["note"] = new("最多2000字", "At most 2000 characters") } : [];

    public Dictionary<string, Bilingual> Check(PlanPaymentRequest r)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (r.Sequence is not >= 1) errors["sequence"] = new("请填写期数", "The instalment number is required");
        if (r.PaidOn is null || r.PaidOn > CaseActor.ChinaDate(clock.GetUtcNow())) errors["paidOn"] = new("付款日期不能为空或晚于今天", "The payment date is required and cannot be in the future");
        if (r.AmountYuan is not > 0 || r.AmountYuan > 100_000_000_000m) errors["amountYuan"] = new("金额应为正数", "The amount must be positive");
        return errors;
    }

    public Task<CaseCommandResult> AnswerAsync(long id, ConfirmationRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, CasePermission.Complainant, (c, actor, _) =>
        {
            if (r.Confirm) ComplaintTransitions.Confirm(c, actor, r.Note);
            else ComplaintTransitions.Object(c, actor, r.Note!.Trim());
        }, ct);

    /// <summary>Recorded by the handling department or reported by the complainant.</summary>
    public Task<CaseCommandResult> RecordPaymentAsync(long id, PlanPaymentRequest r, CallerScope scope, CancellationToken ct) =>
        commands.RunAsync(id, scope, r.ExpectedVersion, PlanRecorder,
            (c, actor, _) => ComplaintTransitions.RecordPlanPayment(c, actor, r.Sequence!.Value, r.PaidOn!.Value, r.AmountYuan!.Value), ct);

    private static readonly CasePermission PlanRecorder = new((s, c) => ComplaintAccess.CanHandle(s, c) || ComplaintAccess.IsComplainant(s, c),
        new("只有处理投诉部门或投诉企业可以登记还款", "Only the handling department or the complainant can record a payment"));
}
