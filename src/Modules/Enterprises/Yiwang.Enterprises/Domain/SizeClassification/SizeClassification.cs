namespace Yiwang.Enterprises.Domain.SizeClassification;

internal enum SizeOutcome : byte
{
    Classified,
    NotCovered,
    TooCoarse,
    MissingIndicator,
    InvalidFigure,
    InvalidIndustryCode,
}

/// <summary>One line of an explanation, in both UI languages.</summary>
internal sealed record ExplanationLine(string Zh, string En)
{
    public string Text(bool english) => english ? En : Zh;
}

/// <summary>
/// A classification with everything needed to keep it as evidence: the rule set, the row, the figures used and
/// the comparisons that decided it (保障中小企业款项支付条例 第三条 fixes size as of contract signing).
/// </summary>
internal sealed record SizeClassification(
    SizeOutcome Outcome,
    EnterpriseSize? Size,
    string RuleSetId,
    string IndustryCode,
    SizeRuleRow? Row,
    SizeFigures Figures,
    SizeIndicator ProblemIndicators,
    IReadOnlyList<ExplanationLine> Explanation)
{
    public bool IsClassified => Outcome == SizeOutcome.Classified;

    /// <summary>True for 中/小/微; false for large (= 不属于中小企业) and for anything not classified.</summary>
    public bool IsSme => Outcome == SizeOutcome.Classified && Size != EnterpriseSize.Large;

    public string? RowId => Row?.Id;
}

/// <summary>
/// The allocation-free result of <see cref="SizeClassifier.ClassifyFast"/>. <see cref="Detail"/> is, by outcome:
/// Classified → the indicators that missed the next tier up; NotCovered → the reason index; MissingIndicator /
/// InvalidFigure → the indicators concerned.
/// </summary>
internal readonly record struct FastSizeClassification(SizeOutcome Outcome, EnterpriseSize Size, short RowIndex, ushort Detail);
