using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>Words a <see cref="TargetRun"/>: every comparison with its value, threshold and article, every indicator with its band.</summary>
internal static class Explainer
{
    public static TargetEvaluation Explain(CompiledTarget target, FactValues facts, TargetRun run)
    {
        var set = target.RuleSet.Source;
        var t = target.Source;
        var basics = target.Basics.Select(c => Condition(c, facts)).ToList();
        var directs = target.Directs.Select(c => Condition(c, facts)).ToList();
        var score = target.Scoring is { } scoring ? Scores.Explain(scoring, facts, run.ScoreState) : null;
        var missing = run.MissingFacts();
        var notes = new List<Bilingual> { new(set.BandBoundary.NoteZh, set.BandBoundary.NoteEn) };
        if (t.NoteZh is not null && t.NoteEn is not null) notes.Add(new(t.NoteZh, t.NoteEn));
        if (t.Scoring?.NoteZh is { } zh && t.Scoring.NoteEn is { } en) notes.Add(new(zh, en));
        var direct = directs.FirstOrDefault(d => d.Id == run.AppliedDirectCondition);
        return new TargetEvaluation(set.Id, t.Id, run.Outcome, Verdict(target, run.Outcome, basics, score, direct, missing.Count),
            basics, score, directs, run.AppliedDirectCondition, run.Gaps.Select(g => g.ToGap()).ToList(), missing, notes);
    }

    private static ConditionResult Condition(CompiledCondition c, FactValues facts)
    {
        var source = c.Source;
        var groups = source.Groups ?? [];
        var tests = c.Groups is { } compiled
            ? compiled.SelectMany((g, k) => g.Select(test => Labelled(Comparison(test, facts), groups[k].LabelZh, groups[k].LabelEn))).ToList()
            : c.Tests.Select(test => Comparison(test, facts)).ToList();
        tests.AddRange(c.Waivers.Select(w => Comparison(w, facts)).Select(w => w with { Text = new("（豁免）" + w.Text.Zh, "(waiver) " + w.Text.En) }));
        var outcome = c.Evaluate(facts);
        var joinZh = source.Combine == "all" ? "；且 " : "；或 ";
        var joinEn = source.Combine == "all" ? "; and " : "; or ";
        var verdict = ValueText.OutcomeText(outcome);
        var explanation = new Bilingual(
            $"{source.NameZh}：{verdict.Zh}（{string.Join(joinZh, tests.Select(x => x.Text.Zh))}）。依据：{source.CitationZh}" + Note(source.NoteZh),
            $"{source.NameEn}: {verdict.En} ({string.Join(joinEn, tests.Select(x => x.Text.En))}). Basis: {source.CitationEn}" + Note(source.NoteEn));
        return new ConditionResult(c.Id, new(source.NameZh, source.NameEn), new(source.CitationZh, source.CitationEn), source.Confidence, outcome, tests, explanation);
    }

    private static Comparison Comparison(CompiledTest test, FactValues facts)
    {
        var state = facts.Get(test.Fact.Ordinal, out var v);
        var outcome = test.Evaluate(facts);
        var shown = ValueText.Value(test.Fact, state, v);
        var verdict = ValueText.OutcomeText(outcome);
        var name = test.Fact.Label;
        var text = new Bilingual($"{name.Zh} {shown.Zh}，要求 {test.Needed.Zh}：{verdict.Zh}", $"{name.En} {shown.En}, required {test.Needed.En}: {verdict.En}");
        decimal? value = state is FactState.Present or FactState.Partial ? v : null;
        return new Comparison(test.Fact.Id, name, value, state, test.Source.Op, test.Threshold, outcome, text);
    }

    private static Comparison Labelled(Comparison test, string zh, string en) =>
        test with { Text = new($"[{zh}] {test.Text.Zh}", $"[{en}] {test.Text.En}") };

    private static Bilingual Verdict(CompiledTarget target, Outcome outcome, List<ConditionResult> basics, ScoreResult? score, ConditionResult? direct, int missing)
    {
        var (set, t) = (target.RuleSet.Source, target.Source);
        var zh = new List<string>
        {
            outcome switch
            {
                Outcome.Met => $"符合{t.NameZh}条件（{set.DocumentZh}）",
                Outcome.NotMet => $"不符合{t.NameZh}条件（{set.DocumentZh}）",
                _ => $"尚不能判定是否符合{t.NameZh}条件（{set.DocumentZh}），取决于缺少的数据",
            },
        };
        var en = new List<string>
        {
            outcome switch
            {
                Outcome.Met => $"Meets the {t.NameEn} criteria ({set.DocumentEn})",
                Outcome.NotMet => $"Does not meet the {t.NameEn} criteria ({set.DocumentEn})",
                _ => $"Cannot tell yet whether it meets the {t.NameEn} criteria ({set.DocumentEn}): it depends on missing data",
            },
        };
        var unmet = basics.Count(b => b.Outcome != Outcome.Met);
        if (basics.Count > 0)
        {
            zh.Add(unmet == 0 ? "基本条件全部满足" : $"{unmet} 项基本条件未满足");
            en.Add(unmet == 0 ? "all basic conditions met" : $"{unmet} basic condition(s) not met");
        }

        if (score is not null)
        {
            zh.Add($"评价得分 {ValueText.Number(score.Total)} 分（及格 {ValueText.Number(score.PassMark)} 分）");
            en.Add($"score {ValueText.Number(score.Total)} (pass mark {ValueText.Number(score.PassMark)})");
        }

        if (direct is not null)
        {
            zh.Add($"适用直通条件 {direct.Id}：{direct.Name.Zh}");
            en.Add($"direct condition {direct.Id} applies: {direct.Name.En}");
        }

        if (missing > 0)
        {
            zh.Add($"缺少 {missing} 项数据");
            en.Add($"{missing} fact(s) missing");
        }

        return new(string.Join("；", zh) + "。", string.Join("; ", en) + ".");
    }

    private static string Note(string? note) => string.IsNullOrEmpty(note) ? string.Empty : " " + note;
}
