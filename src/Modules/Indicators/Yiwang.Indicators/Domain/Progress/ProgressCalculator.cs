using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Text;
using static Yiwang.Indicators.Data.CatalogueLoader;

namespace Yiwang.Indicators.Domain.Progress;

/// <summary>
/// Progress of a series against a target. The recent pace is the least-squares slope over the last
/// <see cref="TrendWindow"/> observations of the current scope (fewer than <see cref="MinimumPoints"/>: no projection),
/// and the projection extends the latest value at that pace, month by month.
/// </summary>
internal static class ProgressCalculator
{
    public const int TrendWindow = 4;
    public const int MinimumPoints = 3;

    public static TargetProgress Evaluate(Indicator indicator, IndicatorTarget target, IReadOnlyList<Observation> series)
    {
        var method = new Bilingual(
            $"线性趋势：对当前口径内最近{TrendWindow}个观测值（至少{MinimumPoints}个）按月做最小二乘拟合，按所得月均变化从最新值外推。",
            $"Linear trend: least squares over the last {TrendWindow} observations of the current scope (at least {MinimumPoints}), per month, extended from the latest value.");
        var unit = indicator.UnitName;
        if (series.Count == 0)
            return Insufficient(target, null, [], method, new Bilingual("尚无观测值，无法评估。", "No observations yet; progress cannot be assessed."));

        var latest = series[^1];
        var share = Math.Round(target.Direction == TargetDirection.AtLeast ? latest.Value / target.Value : target.Value / latest.Value, 4);
        var deadlineMonth = Period.Of(target.Deadline);
        var monthsLeft = latest.Period.MonthsUntil(deadlineMonth);
        var goal = $"{Format(target.Value)}{unit.Zh}";
        var goalEn = $"{Format(target.Value)} {unit.En}";

        if (target.IsMetBy(latest.Value))
        {
            var reachedIn = series.First(o => target.IsMetBy(o.Value)).Period;
            return new TargetProgress(target, ProgressStatus.Reached, latest, share, monthsLeft, null, null, [], null, reachedIn, method, new Bilingual(
                $"已达到目标：{latest.Period}为{Format(latest.Value)}{unit.Zh}，目标{goal}（期限{target.Deadline:yyyy-MM-dd}），首次达到于{reachedIn}。",
                $"Target reached: {Format(latest.Value)} {unit.En} in {latest.Period} against {goalEn} due {target.Deadline:yyyy-MM-dd}; first reached in {reachedIn}."));
        }

        var scopeStart = indicator.ScopeStart(latest.Period);
        var window = series.Where(o => indicator.ScopeStart(o.Period) == scopeStart).TakeLast(TrendWindow).ToList();
        if (monthsLeft <= 0)
            return new TargetProgress(target, ProgressStatus.Missed, latest, share, monthsLeft, null, null, [], null, null, method, new Bilingual(
                $"未达到目标：期限{target.Deadline:yyyy-MM-dd}，{latest.Period}为{Format(latest.Value)}{unit.Zh}，目标{goal}。",
                $"Target missed: {Format(latest.Value)} {unit.En} in {latest.Period} against {goalEn} due {target.Deadline:yyyy-MM-dd}."));

        var required = Math.Round((target.Value - latest.Value) / monthsLeft, 4);
        if (window.Count < MinimumPoints)
            return Insufficient(target, latest, window, method, new Bilingual(
                $"数据不足：当前口径内仅有{window.Count}个观测值，至少需要{MinimumPoints}个才能拟合趋势；不作预测。",
                $"Insufficient data: only {window.Count} observation(s) in the current scope; at least {MinimumPoints} are needed to fit a trend, so no projection is made.")) with
            { ShareReached = share, MonthsLeft = monthsLeft, RequiredMonthlyPace = required };

        var pace = Math.Round(LinearTrend.SlopePerMonth(window), 4);
        var towards = target.Direction == TargetDirection.AtLeast ? pace > 0 : pace < 0;
        // The paces are kept to 4 places in the result; people read them to 2.
        var paceText = new Bilingual(
            $"最近{window.Count}期（{window[0].Period}至{latest.Period}）月均变化{Format(Math.Round(pace, 2))}{unit.Zh}，距期限{monthsLeft}个月需月均{Format(Math.Round(required, 2))}{unit.Zh}",
            $"recent pace {Format(Math.Round(pace, 2))} {unit.En}/month over {window.Count} observations ({window[0].Period} to {latest.Period}); {Format(Math.Round(required, 2))} {unit.En}/month needed over the {monthsLeft} months left");
        if (!towards)
            return new TargetProgress(target, ProgressStatus.AtRisk, latest, share, monthsLeft, required, pace, window, null, null, method, new Bilingual(
                $"有风险：{paceText.Zh}；趋势未朝目标{goal}方向变化，无法预测达到时间。",
                $"At risk: {paceText.En}; the trend is not moving towards {goalEn}, so no date can be projected."));

        var monthsNeeded = (int)Math.Ceiling((target.Value - latest.Value) / pace);
        var projected = Period.FromIndex(latest.Period.Index + monthsNeeded);
        var onTrack = projected <= deadlineMonth;
        return new TargetProgress(target, onTrack ? ProgressStatus.OnTrack : ProgressStatus.AtRisk, latest, share, monthsLeft, required, pace, window, projected, null, method,
            onTrack
                ? new Bilingual($"按计划推进：{paceText.Zh}；预计{projected}达到{goal}，早于期限{target.Deadline:yyyy-MM-dd}。",
                    $"On track: {paceText.En}; projected to reach {goalEn} in {projected}, by the deadline {target.Deadline:yyyy-MM-dd}.")
                : new Bilingual($"有风险：{paceText.Zh}；预计{projected}才能达到{goal}，晚于期限{target.Deadline:yyyy-MM-dd}。",
                    $"At risk: {paceText.En}; projected to reach {goalEn} only in {projected}, after the deadline {target.Deadline:yyyy-MM-dd}."));
    }

    private static TargetProgress Insufficient(IndicatorTarget target, Observation? latest, IReadOnlyList<Observation> window, Bilingual method, Bilingual why) =>
        new(target, ProgressStatus.InsufficientData, latest, null, null, null, null, window, null, null, method, why);
}
