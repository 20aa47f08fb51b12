using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.DigitalLevel;

/// <summary>The explained result: score per item, the level reached and why each level was or was not reached.</summary>
/// <param name="Level">0 when not even 一级 is reached; feeds the 专精特新 数字化水平 indicator (facts.digitalLevel).</param>
internal sealed record DigitalLevelResult(
    string IndexId,
    Bilingual IndexName,
    decimal Total,
    decimal MaxPoints,
    int Level,
    Bilingual LevelName,
    string LevelRuleConfidence,
    Bilingual Explanation,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<ItemScore> Items,
    IReadOnlyList<ScenarioRating> Scenarios,
    IReadOnlyList<LevelCheck> LevelChecks,
    IReadOnlyList<Bilingual> Strengths,
    IReadOnlyList<Bilingual> Weakest);

internal sealed record DimensionScore(string Id, Bilingual Name, decimal Points, decimal MaxPoints, IReadOnlyList<SubDimensionScore> SubDimensions);

internal sealed record SubDimensionScore(string Id, Bilingual Name, decimal Points, decimal MaxPoints);

internal sealed record ItemScore(
    string QuestionId, string Dimension, string SubDimension, Bilingual Name, string Confidence, decimal Points, decimal MaxPoints,
    bool Answered, IReadOnlyList<Bilingual> Chosen, Bilingual Explanation);

internal sealed record ScenarioRating(string Id, Bilingual Name, bool Binding, int Level, Bilingual LevelName);

internal sealed record LevelCheck(int Level, Bilingual Name, bool Reached, bool ScoreMet, int ScenariosAtLevel, int BindingAtLevel, Bilingual Explanation);
