using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>Words a computed score: the total against the pass mark and minimums, each indicator with its band and points.</summary>
internal static class Scores
{
    private static readonly Bilingual AsReported = new("按填报得分", "as reported");

    public static ScoreResult Explain(CompiledScoring scoring, FactValues facts, ScoreState s)
    {
        var source = scoring.Source;
        var indicators = scoring.Indicators.Select((indicator, i) => Indicator(indicator, facts, s, i)).ToList();
        var categories = source.Categories.Select((c, k) =>
            new CategoryScore(c.Id, new(c.NameZh, c.NameEn), s.CategoryPoints[k], s.CategoryPotential[k], c.MaxPoints, c.MinimumPoints, s.MinimumMet[k])).ToList();
        var minima = categories.Where(c => c.MinimumPoints is not null).ToList();
        var minimaZh = minima.Count == 0 ? string.Empty : "；" + string.Join("，", minima.Select(c => $"{c.Name.Zh} {ValueText.Number(c.Points)}/{ValueText.Number(c.MinimumPoints!.Value)}"));
        var minimaEn = minima.Count == 0 ? string.Empty : "; " + string.Join(", ", minima.Select(c => $"{c.Name.En} {ValueText.Number(c.Points)}/{ValueText.Number(c.MinimumPoints!.Value)}"));
        var (reachedZh, reachedEn) = s.Outcome switch
        {
            Outcome.Met => ("达到", "reached"),
            Outcome.NotMet => ("未达到", "not reached"),
            _ => ($"尚不能判定（补齐缺少的数据最多可得 {ValueText.Number(s.PotentialTotal)} 分）", $"undetermined (with the missing data up to {ValueText.Number(s.PotentialTotal)})"),
        };
        var explanation = new Bilingual(
            $"评价得分 {ValueText.Number(s.Total)} 分，及格线 {ValueText.Number(source.PassMark)} 分{minimaZh}：{reachedZh}。依据：{source.CitationZh}",
            $"Score {ValueText.Number(s.Total)}, pass mark {ValueText.Number(source.PassMark)}{minimaEn}: {reachedEn}. Basis: {source.CitationEn}");
        return new ScoreResult(s.Total, s.PotentialTotal, source.PassMark, source.PassMarkConfidence, s.Passed, s.Outcome, categories, indicators, explanation);
    }

    private static IndicatorScore Indicator(CompiledIndicator indicator, FactValues facts, ScoreState s, int i)
    {
        var source = indicator.Source;
        var measure = indicator.Measures[s.Measure[i]];
        var band = indicator.InputPoints ? 0 : measure.BandOf(facts, out _, out _);
        var state = facts.Get(measure.Fact.Ordinal, out var v);
        var label = indicator.InputPoints ? state == FactState.Missing ? measure.Label(measure.BandCount) : AsReported : measure.Label(band);
        var shown = ValueText.Value(measure.Fact, state, v);
        var name = measure.Fact.Label;
        var (points, max) = (ValueText.Number(s.Points[i]), ValueText.Number(source.MaxPoints));
        var explanation = new Bilingual(
            $"{source.NameZh}：{name.Zh} {shown.Zh}，档位「{label.Zh}」，得 {points}/{max} 分（{source.CitationZh}）",
            $"{source.NameEn}: {name.En} {shown.En}, band \"{label.En}\", {points}/{max} points ({source.CitationEn})");
        decimal? value = state is FactState.Present or FactState.Partial ? v : null;
        return new IndicatorScore(source.Id, source.Category, new(source.NameZh, source.NameEn), new(source.CitationZh, source.CitationEn), source.Confidence,
            s.Points[i], s.Potential[i], source.MaxPoints, measure.Fact.Id, value, s.Missing[i], explanation);
    }
}
