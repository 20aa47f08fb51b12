using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Calendar;

/// <summary>
/// A deadline and why: cases store <see cref="Date"/> together with <see cref="Rule"/> and <see cref="CalendarVersion"/>,
/// so an open deadline can be re-projected and explained when a corrected calendar is loaded.
/// </summary>
/// <param name="Date">The last day of the period (the deadline).</param>
/// <param name="Start">The day the period runs from; it is not counted (民法典 第二百零一条).</param>
/// <param name="Basis">The provision that sets the period, when the caller named one (e.g. 条例 第二十五条第一款).</param>
/// <param name="Rule">Basis plus counting method, with the articles and the calendar version, in both languages.</param>
/// <param name="SkippedDays">
/// Working days: the non-working days passed over between start and deadline. Calendar days: the rest days the end
/// was moved over under 民法典 第二百零三条 (empty when the nominal end is a working day).
/// </param>
/// <param name="MakeUpWorkdays">Make-up working days (调休上班) counted as working days; only for working-day periods.</param>
public sealed record CalendarDeadline(
    DateOnly Date,
    DateOnly Start,
    int Days,
    PeriodUnit Unit,
    Bilingual? Basis,
    Bilingual Rule,
    string CalendarVersion,
    IReadOnlyList<CalendarDay> SkippedDays,
    IReadOnlyList<CalendarDay> MakeUpWorkdays)
{
    /// <summary>
    /// Years the count ran through without a State Council notice, taken as plain Mon–Fri weeks; empty for a final
    /// deadline. A provisional deadline must be re-projected once those notices are loaded.
    /// </summary>
    public IReadOnlyList<int> AssumedYears { get; init; } = [];

    public bool IsProvisional => AssumedYears.Count > 0;

    /// <summary>Whether a stored rule text (either language) is that of a provisional deadline.</summary>
    public static bool IsProvisionalRule(string? rule) =>
        rule is not null && (rule.Contains(DeadlineRules.ProvisionalTagZh, StringComparison.Ordinal) || rule.Contains(DeadlineRules.ProvisionalTagEn, StringComparison.Ordinal));
}
