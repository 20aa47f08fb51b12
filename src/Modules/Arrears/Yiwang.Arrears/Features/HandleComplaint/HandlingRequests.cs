namespace Yiwang.Arrears.Features.HandleComplaint;

/// <param name="Kind">ContactWithRespondent, RespondentAnswer, SupervisionNotice (督办书), Interview (约谈) or PublicNotice (通报).</param>
internal sealed record HandlingStepRequest(string? Kind, string? Note, int? ExpectedVersion);

internal sealed record ExtensionRequestInput(int? Days, string? Reason, int? ExpectedVersion);

internal sealed record ExtensionDecisionInput(bool Approve, string? Note, int? ExpectedVersion);

/// <param name="Outcome">PaidInFull, PartlyPaid, PaymentPlan, NotSubstantiated or ReferredToCourt.</param>
/// <param name="Installments">For PaymentPlan: the agreed payments.</param>
internal sealed record ResultRequest(string? Outcome, decimal? RecoveredYuan, IReadOnlyList<InstallmentInput>? Installments, string? Feedback, int? ExpectedVersion);

internal sealed record InstallmentInput(DateOnly? DueOn, decimal? AmountYuan);

/// <summary>The respondent's own answer on its case.</summary>
internal sealed record RespondentAnswerRequest(string? Answer, int? ExpectedVersion);
