using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.DigitalLevel;

/// <summary>
/// One enterprise's answers: chosen option ids per question, and a level 0–4 per scenario (0 = 未开展).
/// A question without an entry is unanswered; a multiple-choice question with an empty list means "none of these".
/// </summary>
internal sealed record DigitalLevelAnswers(IReadOnlyDictionary<string, IReadOnlyList<string>>? Choices, IReadOnlyDictionary<string, int>? Scenarios)
{
    public static DigitalLevelAnswers Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, int>());

    /// <summary>Field-level problems; <paramref name="complete"/> also requires every single-choice question and every scenario.</summary>
    public Dictionary<string, Bilingual> Validate(DigitalLevelIndex index, bool complete)
    {
        ArgumentNullException.ThrowIfNull(index);
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        var choices = Choices ?? new Dictionary<string, IReadOnlyList<string>>();
        var questions = index.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var (id, chosen) in choices)
        {
            if (!questions.TryGetValue(id, out var q)) { errors["choices." + id] = new("没有这道题", "no such question"); continue; }
            var chosenList = chosen ?? [];
            if (!q.IsMulti && chosenList.Count > 1) errors["choices." + id] = new("单选题只能选一项", "choose one option only");
            if (chosenList.FirstOrDefault(c => q.Options.All(o => o.Id != c)) is { } bad) errors["choices." + id] = new($"没有选项“{bad}”", $"no option '{bad}'");
        }

        var scenarios = Scenarios ?? new Dictionary<string, int>();
        foreach (var (id, level) in scenarios)
        {
            if (index.Scenarios.Items.All(s => s.Id != id)) errors["scenarios." + id] = new("没有这个场景", "no such scenario");
            else if (level is < 0 or > 4) errors["scenarios." + id] = new("场景等级应为 0–4", "a scenario level is 0 to 4");
        }

        if (!complete) return errors;
        foreach (var q in index.Questions.Where(q => !q.IsMulti && (!choices.TryGetValue(q.Id, out var c) || c is null || c.Count == 0)))
        {
            errors.TryAdd("choices." + q.Id, new($"请回答：{q.NameZh}", $"please answer: {q.NameEn}"));
        }

        foreach (var s in index.Scenarios.Items.Where(s => !scenarios.ContainsKey(s.Id)))
        {
            errors.TryAdd("scenarios." + s.Id, new($"请评定场景：{s.Zh}", $"please rate the scenario: {s.En}"));
        }

        return errors;
    }
}
