namespace Yiwang.Arrears.Features.AnswerComplaint;

/// <summary>The respondent's own answer on its case.</summary>
internal sealed record RespondentAnswerRequest(string? Answer, int? ExpectedVersion);
