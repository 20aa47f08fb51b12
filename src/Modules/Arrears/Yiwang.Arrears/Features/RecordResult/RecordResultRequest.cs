namespace Yiwang.Arrears.Features.RecordResult;

/// <param name="Outcome">PaidInFull, PartlyPaid, PaymentPlan, NotSubstantiated or ReferredToCourt.</param>
/// <param name="Installments">For PaymentPlan: the agreed payments.</param>
internal sealed record ResultRequest(string? Outcome, decimal? RecoveredYuan, IReadOnlyList<InstallmentInput>? Installments, string? Feedback, int? ExpectedVersion);

internal sealed record InstallmentInput(DateOnly? DueOn, decimal? AmountYuan);
