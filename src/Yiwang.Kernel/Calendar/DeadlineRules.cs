using System.Globalization;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Calendar;

/// <summary>The explanation texts of <see cref="CalendarDeadline.Rule"/>; the articles are those of 民法典 第一编第十章 (期间计算).</summary>
internal static class DeadlineRules
{
    public const string ProvisionalTagZh = "【临时期限】", ProvisionalTagEn = "[Provisional]";

    public static Bilingual WorkingDays(DateOnly start, int days, DateOnly end, Bilingual? basis, string version) => new(
        Zh(basis) + Invariant($"起算日 {start:yyyy-MM-dd} 不计入（《民法典》第二百零一条），其后第 {days} 个工作日为 {end:yyyy-MM-dd}。") +
            Invariant($"工作日按国务院办公厅节假日安排计算：法定节假日和休息日不计，调休上班日计入（工作日历 {version}）。"),
        En(basis) + Invariant($"The start day {start:yyyy-MM-dd} is not counted (Civil Code Art. 201); {days} working days after it end on {end:yyyy-MM-dd}. ") +
            Invariant($"Working days follow the State Council holiday arrangement: holidays and rest days are skipped, make-up working days (调休上班) count (work calendar {version})."));

    public static Bilingual CalendarDays(DateOnly start, int days, CalendarDay nominal, DateOnly end, Bilingual? basis, string version)
    {
        var zh = Zh(basis) + Invariant($"起算日 {start:yyyy-MM-dd} 不计入（《民法典》第二百零一条），{days} 日期间届满日为 {nominal.Date:yyyy-MM-dd}");
        var en = En(basis) + Invariant($"The start day {start:yyyy-MM-dd} is not counted (Civil Code Art. 201); the {days}-day period ends on {nominal.Date:yyyy-MM-dd}");
        (zh, en) = nominal.Kind switch
        {
            DayKind.Holiday => (zh + Invariant($"，该日为法定节假日（{nominal.HolidayName}），期间顺延至假期结束后的第一个工作日 {end:yyyy-MM-dd}（《民法典》第二百零三条）"),
                en + Invariant($", a public holiday ({nominal.HolidayName}), so the period ends on the first working day after it, {end:yyyy-MM-dd} (Civil Code Art. 203)")),
            DayKind.Weekend => (zh + Invariant($"，该日为休息日（法定休假日），期间顺延至其后第一个工作日 {end:yyyy-MM-dd}（《民法典》第二百零三条）"),
                en + Invariant($", a rest day (weekend), so the period ends on the next working day, {end:yyyy-MM-dd} (Civil Code Art. 203)")),
            DayKind.MakeUpWorkday => (zh + Invariant($"，该日为调休上班日（{nominal.HolidayName}），是工作日，不顺延"),
                en + Invariant($", a make-up working day (调休上班, {nominal.HolidayName}), so a working day and not moved")),
            _ => (zh + "，该日为工作日，不顺延", en + ", a working day, so not moved"),
        };
        return new(zh + Invariant($"（工作日历 {version}）。"), en + Invariant($" (work calendar {version})."));
    }

    /// <summary>Appends why a deadline is provisional: the years it ran through without a State Council notice.</summary>
    public static Bilingual MarkProvisional(Bilingual rule, IReadOnlyList<int> assumedYears)
    {
        if (assumedYears.Count == 0) return rule;
        var years = string.Join("、", assumedYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var yearsEn = string.Join(", ", assumedYears.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        return new(rule.Zh + ProvisionalTagZh + $"{years} 年的国务院办公厅节假日安排尚未录入，该年暂按周一至周五为工作日、并扣除《全国年节及纪念日放假办法》第二条、第六条规定的法定节假日计算（不含调休）；录入通知后自动重算。",
            rule.En + " " + ProvisionalTagEn + $" The State Council holiday arrangement for {yearsEn} is not loaded yet, so that year counts Mon–Fri as working days less the public holidays fixed by law (Art. 2 and 6 of the National Holidays Measures), without bridging or make-up days; the deadline is recomputed when the notice is loaded.");
    }

    private static string Zh(Bilingual? basis) => basis is { } b ? b.Zh + "。" : "";

    private static string En(Bilingual? basis) => basis is { } b ? b.En + ". " : "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
