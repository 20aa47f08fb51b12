namespace Yiwang.Arrears.Features.RecordPlanPayment;

internal sealed record PlanPaymentRequest(int? Sequence, DateOnly? PaidOn, decimal? AmountYuan, int? ExpectedVersion);
