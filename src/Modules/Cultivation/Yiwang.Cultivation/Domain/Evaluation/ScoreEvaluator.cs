using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>Scores every indicator by its bands and adds up categories and the total.</summary>
internal static class ScoreEvaluator
{
    public static ScoreResult Evaluate(Scoring scoring, EnterpriseFacts facts, bool inclusive)
    {
        var indicators = scoring.Indicators.Select(i => Score(i, facts, inclusive)).ToList();
        var categories = scoring.Categories.Select(c =>
        {
            var points = indicators.Where(i => i.Category == c.Id).Sum(i => i.Points);
            return new CategoryScore(c.Id, new(c.NameZh, c.NameEn), points, c.MaxPoints, c.MinimumPoints, c.MinimumPoints is not { } min || points >= min);
        }).ToList();
        var total = indicators.Sum(i => i.Points);
        var passed = total >= scoring.PassMark && categories.All(c => c.MinimumMet);
        var minima = categories.Where(c => c.MinimumPoints is not null).ToList();
        var minimaZh = minima.Count == 0 ? string.Empty : "；" + string.Join("，", minima.Select(c => $"{c.Name.Zh} {ValueText.Number(c.Points)}/{ValueText.Number(c.MinimumPoints!.Value)}"));
        var minimaEn = minima.Count == 0 ? string.Empty : "; " + string.Join(", ", minima.Select(c => $"{c.Name.En} {ValueText.Number(c.Points)}/{ValueText.Number(c.MinimumPoints!.Value)}"));
        var explanation = new Bilingual(
            $"评价得分 {ValueText.Number(total)} 分，及格线 {ValueText.Number(scoring.PassMark)} 分{minimaZh}：{(passed ? "达到" : "未达到")}。依据：{scoring.CitationZh}",
            $"Score {ValueText.Number(total)}, pass mark {ValueText.Number(scoring.PassMark)}{minimaEn}: {(passed ? "reached" : "not reached")}. Basis: {scoring.CitationEn}");
        return new ScoreResult(total, scoring.PassMark, scoring.PassMarkConfidence, passed, categories, indicators, explanation);
    }

    private static IndicatorScore Score(Indicator indicator, EnterpriseFacts facts, bool inclusive)
    {
        var name = new Bilingual(indicator.NameZh, indicator.NameEn);
        var citation = new Bilingual(indicator.CitationZh, indicator.CitationEn);
        if (indicator.Scoring == "inputPoints")
        {
            var metric = MetricCatalog.Get(indicator.Metrics[0].Metric);
            var value = metric.Compute(facts);
            var points = Math.Clamp(value ?? 0, 0, indicator.MaxPoints);
            return new IndicatorScore(indicator.Id, indicator.Category, name, citation, indicator.Confidence, points, indicator.MaxPoints, metric.Id, value,
                value is null, Explain(indicator, metric, value, points, new("按填报得分", "as reported")));
        }

        // The best of the indicator's figures counts (63号 附件2 indicator 11: 总额 or 占比).
        var scored = indicator.Metrics.Select(m =>
        {
            var metric = MetricCatalog.Get(m.Metric);
            var value = metric.Compute(facts);
            var index = BandLookup.IndexOf(m, value, inclusive);
            return (Bands: m, Metric: metric, Value: value, Index: index, m.Bands[index].Points);
        }).OrderByDescending(s => s.Points).ThenByDescending(s => s.Value is not null).First();
        var missing = indicator.Metrics.All(m => MetricCatalog.Get(m.Metric).Compute(facts) is null);
        return new IndicatorScore(indicator.Id, indicator.Category, name, citation, indicator.Confidence, scored.Points, indicator.MaxPoints,
            scored.Metric.Id, scored.Value, missing, Explain(indicator, scored.Metric, scored.Value, scored.Points, BandLookup.Label(scored.Bands, scored.Index, inclusive)));
    }

    private static Bilingual Explain(Indicator indicator, Metric metric, decimal? value, decimal points, Bilingual band)
    {
        var shown = ValueText.Value(metric, value);
        return new Bilingual(
            $"{indicator.NameZh}：{metric.Name.Zh} {shown.Zh}，档位「{band.Zh}」，得 {ValueText.Number(points)}/{ValueText.Number(indicator.MaxPoints)} 分（{indicator.CitationZh}）",
            $"{indicator.NameEn}: {metric.Name.En} {shown.En}, band \"{band.En}\", {ValueText.Number(points)}/{ValueText.Number(indicator.MaxPoints)} points ({indicator.CitationEn})");
    }
}
