namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>A contract the debt arises from. Dates are legal dates (DateOnly, China Standard Time).</summary>
internal sealed class ComplaintContract
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public string Number { get; set; } = string.Empty;
    public DateOnly SignedOn { get; set; }
    public decimal AmountYuan { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }

    /// <summary>Null when the contract agrees no term (the statutory 30 / 60 days of 第九条 apply).</summary>
    public int? AgreedTermDays { get; set; }

    /// <summary>Annual rate as a fraction (0.036 = 3.6 %); null when no late-interest rate was agreed (第十七条: 万分之五 per day).</summary>
    public decimal? AgreedAnnualRate { get; set; }
}
