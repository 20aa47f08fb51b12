namespace Yiwang.Cultivation.Domain.DigitalLevel;

/// <summary>The 2024 digital-level index as data (Data/Reference/digital-level-2024.json): questions, scenarios, level rules.</summary>
internal sealed record DigitalLevelIndex(
    int FormatVersion, string Id, string NameZh, string NameEn, string DocumentZh, string DocumentEn, string Sector,
    IReadOnlyList<IndexSource> Sources, IReadOnlyList<IndexNote> Notes, IReadOnlyList<IndexDimension> Dimensions,
    ScenarioCatalog Scenarios, LevelRules Levels)
{
    public IEnumerable<IndexQuestion> Questions => Dimensions.SelectMany(d => d.SubDimensions).SelectMany(s => s.Questions);

    public decimal MaxPoints => Dimensions.Sum(d => d.MaxPoints);
}

internal sealed record IndexSource(string Url, string Confidence, string Note);

internal sealed record IndexNote(string Zh, string En);

internal sealed record IndexDimension(string Id, string NameZh, string NameEn, decimal MaxPoints, IReadOnlyList<IndexSubDimension> SubDimensions);

internal sealed record IndexSubDimension(string Id, string NameZh, string NameEn, decimal MaxPoints, IReadOnlyList<IndexQuestion> Questions);

/// <param name="Kind"><c>single</c>: the chosen option's points; <c>multi</c>: the sum of the chosen options, capped at MaxPoints.</param>
/// <param name="OptionConfidence">Confidence of the option wording when it is weaker than that of the points.</param>
internal sealed record IndexQuestion(
    string Id, string Kind, decimal MaxPoints, string Confidence, string NameZh, string NameEn, IReadOnlyList<IndexOption> Options,
    string? OptionConfidence = null, string? NoteZh = null, string? NoteEn = null)
{
    public bool IsMulti => Kind == "multi";
}

internal sealed record IndexOption(string Id, string Zh, string En, decimal Points);

internal sealed record ScenarioCatalog(
    string Confidence, string BindingConfidence, string NoteZh, string NoteEn, IReadOnlyList<IndexScenario> Items,
    IReadOnlyList<string> LevelsZh, IReadOnlyList<string> LevelsEn);

/// <param name="Binding">约束性 (binding) rather than 指导性 (guidance).</param>
internal sealed record IndexScenario(string Id, string Area, string Zh, string En, bool Binding);

internal sealed record LevelRules(string Confidence, string NoteZh, string NoteEn, IReadOnlyList<LevelRule> Rules);

/// <summary>Level N needs the score and N-or-better ratings in enough scenarios, enough of them binding (以上 includes the number).</summary>
internal sealed record LevelRule(int Level, string Zh, string En, decimal MinScore, int MinScenarios, int MinBindingScenarios);
