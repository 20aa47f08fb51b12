using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.DigitalLevel;

/// <summary>Scores the questionnaire and finds the highest level whose score and scenario conditions are all met.</summary>
internal static class DigitalLevelScorer
{
    private const int ReportAreas = 2;

    public static DigitalLevelResult Score(DigitalLevelIndex index, DigitalLevelAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(answers);
        var choices = answers.Choices ?? new Dictionary<string, IReadOnlyList<string>>();
        var items = new List<ItemScore>();
        var dimensions = new List<DimensionScore>();
        foreach (var d in index.Dimensions)
        {
            var subs = new List<SubDimensionScore>();
            foreach (var s in d.SubDimensions)
            {
                var scored = s.Questions.Select(q => Item(d.Id, s.Id, q, choices.GetValueOrDefault(q.Id))).ToList();
                items.AddRange(scored);
                subs.Add(new SubDimensionScore(s.Id, new(s.NameZh, s.NameEn), scored.Sum(i => i.Points), s.MaxPoints));
            }

            dimensions.Add(new DimensionScore(d.Id, new(d.NameZh, d.NameEn), subs.Sum(x => x.Points), d.MaxPoints, subs));
        }

        var total = items.Sum(i => i.Points);
        var scenarios = index.Scenarios.Items.Select(s =>
        {
            var level = Math.Clamp(answers.Scenarios?.GetValueOrDefault(s.Id) ?? 0, 0, 4);
            return new ScenarioRating(s.Id, new(s.Zh, s.En), s.Binding, level, new(index.Scenarios.LevelsZh[level], index.Scenarios.LevelsEn[level]));
        }).ToList();

        var checks = index.Levels.Rules.Select(rule => Check(rule, total, scenarios)).ToList();
        // Levels are a ladder: level N counts only when every level below it is reached too.
        var reached = checks.TakeWhile(c => c.Reached).Select(c => c.Level).DefaultIfEmpty(0).Max();
        var levelName = reached == 0 ? new Bilingual("未达到一级", "Below level 1") : checks[reached - 1].Name;
        var subScores = dimensions.SelectMany(d => d.SubDimensions).Where(s => s.MaxPoints > 0).ToList();
        var ranked = subScores.OrderByDescending(s => s.Points / s.MaxPoints).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var explanation = new Bilingual(
            $"总分 {N(total)}/{N(index.MaxPoints)}，{levelName.Zh}（等级规则可信度：{index.Levels.Confidence}）",
            $"Total {N(total)}/{N(index.MaxPoints)}, {levelName.En} (level rule confidence: {index.Levels.Confidence})");
        return new DigitalLevelResult(index.Id, new(index.NameZh, index.NameEn), total, index.MaxPoints, reached, levelName,
            index.Levels.Confidence, explanation, dimensions, items, scenarios, checks,
            ranked.Where(a => a.Points > 0).Take(ReportAreas).Select(Area).ToList(),
            // A sub-dimension at full marks is never "weak", even when everything is at full marks.
            ranked.AsEnumerable().Reverse().Where(a => a.Points < a.MaxPoints).Take(ReportAreas).Select(Area).ToList());
    }

    private static ItemScore Item(string dimension, string sub, IndexQuestion q, IReadOnlyList<string>? chosenIds)
    {
        var name = new Bilingual(q.NameZh, q.NameEn);
        if (chosenIds is null || (!q.IsMulti && chosenIds.Count == 0))
        {
            return new ItemScore(q.Id, dimension, sub, name, q.Confidence, 0, q.MaxPoints, false, [],
                new($"未作答，计 0 分（满分 {N(q.MaxPoints)}）", $"Not answered: 0 of {N(q.MaxPoints)}"));
        }

        var chosen = q.Options.Where(o => chosenIds.Contains(o.Id, StringComparer.Ordinal)).ToList();
        var raw = chosen.Sum(o => o.Points);
        var points = Math.Min(raw, q.MaxPoints);
        var parts = string.Join(" + ", chosen.Select(o => N(o.Points)));
        var cap = raw > q.MaxPoints ? $"，封顶 {N(q.MaxPoints)}" : string.Empty;
        var capEn = raw > q.MaxPoints ? $", capped at {N(q.MaxPoints)}" : string.Empty;
        var text = chosen.Count == 0
            ? new Bilingual($"均未选择，计 0 分（满分 {N(q.MaxPoints)}）", $"None chosen: 0 of {N(q.MaxPoints)}")
            : new Bilingual($"{string.Join("、", chosen.Select(o => o.Zh))}：{parts}{cap} = {N(points)} 分（满分 {N(q.MaxPoints)}）",
                $"{string.Join(", ", chosen.Select(o => o.En))}: {parts}{capEn} = {N(points)} of {N(q.MaxPoints)}");
        return new ItemScore(q.Id, dimension, sub, name, q.Confidence, points, q.MaxPoints, true,
            chosen.Select(o => new Bilingual(o.Zh, o.En)).ToList(), text);
    }

    private static LevelCheck Check(LevelRule rule, decimal total, List<ScenarioRating> scenarios)
    {
        var atLevel = scenarios.Count(s => s.Level >= rule.Level);
        var binding = scenarios.Count(s => s.Binding && s.Level >= rule.Level);
        var scoreMet = total >= rule.MinScore;
        var reached = scoreMet && atLevel >= rule.MinScenarios && binding >= rule.MinBindingScenarios;
        var mark = reached ? ("达到", "reached") : ("未达到", "not reached");
        return new LevelCheck(rule.Level, new(rule.Zh, rule.En), reached, scoreMet, atLevel, binding, new(
            $"{rule.Zh}{mark.Item1}：总分 {N(total)}（需 ≥{N(rule.MinScore)}），{rule.Level} 级及以上场景 {atLevel} 个（需 ≥{rule.MinScenarios}），其中约束性 {binding} 个（需 ≥{rule.MinBindingScenarios}）",
            $"{rule.En} {mark.Item2}: total {N(total)} (needs ≥{N(rule.MinScore)}), {atLevel} scenarios at level {rule.Level} or above (needs ≥{rule.MinScenarios}), {binding} of them binding (needs ≥{rule.MinBindingScenarios})"));
    }

    private static Bilingual Area(SubDimensionScore s) =>
        new($"{s.Name.Zh} {N(s.Points)}/{N(s.MaxPoints)}", $"{s.Name.En} {N(s.Points)}/{N(s.MaxPoints)}");

    private static string N(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
