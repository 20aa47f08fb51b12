using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// A gap found but not yet worded: a batch words only the few it writes (building every text cost most of a row,
/// docs/performance.md issue 4). Either a condition's test, or a band step of an indicator.
/// </summary>
internal readonly record struct PendingGap(
    CompiledCondition? Condition, CompiledTest? Test, CompiledIndicator? Indicator, CompiledMeasure? Measure,
    FactState State, decimal Value, int From, int To, decimal Gained, bool AnyOption)
{
    private static readonly Bilingual NoSuffix = new(string.Empty, string.Empty);

    public static PendingGap ForTest(CompiledCondition condition, CompiledTest test, FactValues facts, bool anyOption)
    {
        var state = facts.Get(test.Fact.Ordinal, out var value);
        return new(condition, test, null, null, state, value, 0, 0, 0, anyOption);
    }

    public static PendingGap ForStep(CompiledIndicator indicator, CompiledMeasure measure, FactState state, decimal value, int from, int to, decimal gained) =>
        new(null, null, indicator, measure, state, value, from, to, gained, false);

    public FactDefinition Fact => Test?.Fact ?? Measure!.Fact;

    public Bilingual Text
    {
        get
        {
            var shown = ValueText.Value(Fact, State, Value);
            var name = Fact.Label;
            if (Test is not null)
            {
                var suffix = AnyOption ? Gaps.AnyOptionSuffix : NoSuffix;
                return new($"{name.Zh} {shown.Zh} → 需 {Test.Needed.Zh}{suffix.Zh}", $"{name.En} {shown.En} → needs {Test.Needed.En}{suffix.En}");
            }

            var (from, to, n, indicator) = (Measure!.Label(From), Measure.Label(To), ValueText.Number(Gained), Indicator!.Source);
            return new(
                $"{indicator.NameZh}：{name.Zh} {shown.Zh}（「{from.Zh}」）→ 需「{to.Zh}」，+{n} 分",
                $"{indicator.NameEn}: {name.En} {shown.En} (\"{from.En}\") → needs \"{to.En}\", +{n} points");
        }
    }

    public Gap ToGap()
    {
        decimal? current = State is FactState.Present or FactState.Partial ? Value : null;
        return Test is not null
            ? new Gap("condition", Condition!.Id, Fact.Id, current, Test.Source.Op, Test.Threshold, null, Text)
            : new Gap("score", Indicator!.Source.Id, Fact.Id, current, Measure!.Op, Measure.Bound(To), Gained, Text);
    }
}
