using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Arrears.Features.RecordPlanPayment;

/// <summary>A payment under the agreed plan, recorded by the handling department or reported by the complainant.</summary>
internal sealed class RecordPlanPaymentHandler(CaseCommands commands, TimeProvider clock)
{
    public async Task<CommandResult<CaseSummary>> RecordAsync(long id, PlanPaymentRequest r, CallerScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var errors = new FieldErrors();
        if (r.Sequence is not >= 1) errors.Add("sequence", "请选择第几期", "Choose the instalment");
        if (r.PaidOn is null) errors.Add("paidOn", "请填写付款日期", "Enter the payment date");
        else if (r.PaidOn > CaseActor.ChinaDate(clock.GetUtcNow())) errors.Add("paidOn", "付款日期不能晚于今天", "The payment date cannot be in the future");
        if (r.AmountYuan is not > 0 || r.AmountYuan > 100_000_000_000m) errors.Add("amountYuan", "金额应为正数（元）", "The amount must be positive (yuan)");
        if (errors.Any) return CommandResult.Invalid(errors).As<CaseSummary>();
        return await commands.RunAsync(id, scope, r.ExpectedVersion, CaseAction.RecordPayment,
            (c, actor, _) => ComplaintTransitions.RecordPlanPayment(c, actor, r.Sequence!.Value, r.PaidOn!.Value, r.AmountYuan!.Value), ct);
    }
}
