using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>Checks a condition's tests exactly as written: 以上/不低于 is ≥, 以下/不高于 is ≤, both including the number.</summary>
internal static class ConditionEvaluator
{
    public static ConditionResult Evaluate(Condition condition, EnterpriseFacts facts)
    {
        var grouped = condition.Groups is { Count: > 0 } groups
            ? groups.Select(g => g.Tests.Select(t => Labelled(EvaluateTest(t, facts), g))).ToList()
            : null;
        var tests = grouped?.SelectMany(g => g).ToList() ?? condition.Tests.Select(t => EvaluateTest(t, facts)).ToList();
        var outcome = grouped is not null
            ? Any(grouped.Select(g => All(g.Select(t => t.Outcome).ToList())).ToList())
            : condition.Combine == "any" ? Any(tests.Select(t => t.Outcome).ToList()) : All(tests.Select(t => t.Outcome).ToList());
        var waivers = (condition.Waivers ?? []).Select(t => EvaluateTest(t, facts)).ToList();
        var waived = outcome != Outcome.Met && waivers.Any(w => w.Outcome == Outcome.Met);
        if (waived) outcome = Outcome.Met;
        tests.AddRange(waivers.Select(w => w with { Text = new("（豁免）" + w.Text.Zh, "(waiver) " + w.Text.En) }));
        var joinZh = condition.Combine == "all" ? "；且 " : "；或 ";
        var joinEn = condition.Combine == "all" ? "; and " : "; or ";
        var verdict = ValueText.OutcomeText(outcome);
        var explanation = new Bilingual(
            $"{condition.NameZh}：{verdict.Zh}（{string.Join(joinZh, tests.Select(t => t.Text.Zh))}）。依据：{condition.CitationZh}" + Note(condition.NoteZh),
            $"{condition.NameEn}: {verdict.En} ({string.Join(joinEn, tests.Select(t => t.Text.En))}). Basis: {condition.CitationEn}" + Note(condition.NoteEn));
        return new ConditionResult(condition.Id, new(condition.NameZh, condition.NameEn), new(condition.CitationZh, condition.CitationEn),
            condition.Confidence, outcome, tests, explanation);
    }

    public static TestResult EvaluateTest(Test test, EnterpriseFacts facts)
    {
        var metric = MetricCatalog.Get(test.Metric);
        var value = metric.Compute(facts);
        var outcome = value is { } v ? (Holds(v, test.Op, test.Value) ? Outcome.Met : Outcome.NotMet)
            // A rank left empty means the enterprise has no such award, which is a plain "not met".
            : metric.Unit == MetricUnit.Rank ? Outcome.NotMet : Outcome.MissingData;
        var shown = ValueText.Value(metric, value);
        var needed = ValueText.Requirement(metric, test.Op, test.Value);
        var verdict = ValueText.OutcomeText(outcome);
        var text = new Bilingual($"{metric.Name.Zh} {shown.Zh}，要求 {needed.Zh}：{verdict.Zh}", $"{metric.Name.En} {shown.En}, required {needed.En}: {verdict.En}");
        return new TestResult(test.Metric, metric.Name, value, test.Op, test.Value, outcome, text);
    }

    public static bool Holds(decimal value, string op, decimal? threshold) => op switch
    {
        ">=" => value >= threshold,
        ">" => value > threshold,
        "<=" => value <= threshold,
        "<" => value < threshold,
        "isTrue" => value >= 1,
        _ => throw new InvalidOperationException($"Unknown op '{op}' (the loader should have refused it)"),
    };

    public static Outcome Any(IReadOnlyList<Outcome> outcomes) =>
        outcomes.Contains(Outcome.Met) ? Outcome.Met : outcomes.Contains(Outcome.MissingData) ? Outcome.MissingData : Outcome.NotMet;

    public static Outcome All(IReadOnlyList<Outcome> outcomes) =>
        outcomes.Contains(Outcome.NotMet) ? Outcome.NotMet : outcomes.Contains(Outcome.MissingData) ? Outcome.MissingData : Outcome.Met;

    private static TestResult Labelled(TestResult test, TestGroup group) =>
        test with { Text = new($"[{group.LabelZh}] {test.Text.Zh}", $"[{group.LabelEn}] {test.Text.En}") };

    private static string Note(string? note) => string.IsNullOrEmpty(note) ? string.Empty : " " + note;
}
