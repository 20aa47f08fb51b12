namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>One agreed payment of a payment plan; tracked until paid.</summary>
internal sealed class PlanInstallment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Sequence { get; set; }
    public DateOnly DueOn { get; set; }
    public decimal AmountYuan { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidYuan { get; set; }

    /// <summary>When the sweep first found it overdue and told the handling department and the complainant (once).</summary>
    public DateOnly? OverdueNotifiedOn { get; set; }

    public bool IsPaid => PaidYuan is { } paid && paid >= AmountYuan;

    /// <summary>The agreed day has passed (China date) without the full amount recorded as paid.</summary>
    public bool IsOverdueOn(DateOnly today) => !IsPaid && DueOn < today;
}
