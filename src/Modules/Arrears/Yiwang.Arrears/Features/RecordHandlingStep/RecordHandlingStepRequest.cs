namespace Yiwang.Arrears.Features.RecordHandlingStep;

/// <param name="Kind">ContactWithRespondent, RespondentAnswer, SupervisionNotice (督办书), Interview (约谈) or PublicNotice (通报).</param>
internal sealed record HandlingStepRequest(string? Kind, string? Note, int? ExpectedVersion);
