using System.Collections.Frozen;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Kernel.Calendar;

/// <summary>
/// China's working-day calendar: Mon–Fri work and Sat/Sun rest, overridden by the dates of the State Council's yearly
/// holiday notice (days off, and make-up working days 调休上班). Shipped in Data/work-calendar-cn.json; an administrator
/// adds a year or corrects one with <see cref="Merge"/>. Years without a notice are refused, never guessed
/// (<see cref="CalendarNotCoveredException"/>).
/// </summary>
public sealed class WorkCalendar
{
    internal const string FileName = "work-calendar-cn.json";

    private static readonly Lazy<WorkCalendar> Shared = new(() =>
    {
        using var stream = EmbeddedData.Open(FileName);
        return WorkCalendarReader.Read(stream, "Data/" + FileName);
    });

    private readonly FrozenDictionary<DateOnly, CalendarOverride> byDate;
    private readonly FrozenSet<int> years;
    private readonly bool assumesWeekdaysBeyondNotices;
    private readonly Lazy<WorkCalendar> provisional;

    internal WorkCalendar(string source, string version, IEnumerable<int> coveredYears,
        IReadOnlyDictionary<int, IReadOnlyList<string>> papers, IReadOnlyCollection<CalendarOverride> overrides)
    {
        Source = source;
        Version = version;
        years = coveredYears.ToFrozenSet();
        CoveredYears = [.. years.Order()];
        Papers = papers.ToFrozenDictionary();
        byDate = overrides.ToFrozenDictionary(o => o.Date);
        provisional = new(() => new WorkCalendar(this));
    }

    private WorkCalendar(WorkCalendar strict)
    {
        (Source, Version, years, CoveredYears, Papers, byDate) = (strict.Source, strict.Version, strict.years, strict.CoveredYears, strict.Papers, strict.byDate);
        assumesWeekdaysBeyondNotices = true;
        provisional = new(this);
    }

    /// <summary>The embedded calendar (2024–2026 from the holiday-cn dataset).</summary>
    public static WorkCalendar Default => Shared.Value;

    /// <summary>Where the dates come from, as recorded in the file(s).</summary>
    public string Source { get; }

    /// <summary>Stored with every deadline; a merged calendar reads "base+notice".</summary>
    public string Version { get; }

    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>The gov.cn notice URLs per covered year.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Papers { get; }

    /// <exception cref="InvalidDataException">The JSON is malformed or an entry is wrong; the message names the entry.</exception>
    public static WorkCalendar Load(Stream json) => WorkCalendarReader.Read(json, "work calendar");

    /// <inheritdoc cref="Load"/>
    public static WorkCalendar LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return WorkCalendarReader.Read(stream, path);
    }

    public bool Covers(DateOnly date) => years.Contains(date.Year);

    /// <summary>
    /// The same calendar, except that a year after the last notice is not refused: it counts Mon–Fri as working days minus
    /// the holidays the law itself fixes (<see cref="StatutoryHolidays"/>), without the notice's bridging and make-up
    /// days. For statutory clocks that must keep running in December before the next year's notice is published (it usually
    /// comes out in November): their deadlines come out <see cref="CalendarDeadline.IsProvisional"/>, say so in their
    /// rule text, and are re-projected when the notice is loaded. Never use it where a guessed date would be final.
    /// </summary>
    public WorkCalendar AssumingWeekdaysBeyondNotices() => provisional.Value;

    /// <summary>
    /// A new calendar with <paramref name="notice"/> laid over this one: every year the notice covers is replaced as a
    /// whole (a corrected year drops its old entries), other years are kept, and a date the notice lists wins even when
    /// an older notice of the neighbouring year listed it too.
    /// </summary>
    public WorkCalendar Merge(WorkCalendar notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var kept = byDate.Values.Where(o => !notice.years.Contains(o.NoticeYear) && !notice.byDate.ContainsKey(o.Date));
        var papers = Papers.Where(p => !notice.years.Contains(p.Key)).Concat(notice.Papers).ToDictionary();
        var source = Source == notice.Source ? Source : $"{Source}; {notice.Source}";
        return new WorkCalendar(source, $"{Version}+{notice.Version}", years.Union(notice.years), papers, [.. kept, .. notice.byDate.Values]);
    }

    /// <exception cref="CalendarNotCoveredException">The date's year has no notice in this calendar.</exception>
    public CalendarDay Describe(DateOnly date)
    {
        if (!Covers(date))
        {
            // Only years after the last notice: a past year's notice exists and must be loaded, not guessed.
            if (!assumesWeekdaysBeyondNotices || (CoveredYears.Count > 0 && date.Year < CoveredYears[^1])) throw new CalendarNotCoveredException(date, CoveredYears, Version);
            if (StatutoryHolidays.Of(date.Year).TryGetValue(date, out var holiday)) return new(date, DayKind.Holiday, holiday) { IsAssumed = true };
            return new(date, IsWeekend(date) ? DayKind.Weekend : DayKind.Workday, null) { IsAssumed = true };
        }

        if (byDate.TryGetValue(date, out var listed)) return new(date, listed.IsOffDay ? DayKind.Holiday : DayKind.MakeUpWorkday, listed.Name);
        return new(date, IsWeekend(date) ? DayKind.Weekend : DayKind.Workday, null);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <inheritdoc cref="Describe"/>
    public DayKind KindOf(DateOnly date) => Describe(date).Kind;

    /// <inheritdoc cref="Describe"/>
    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>; the start day itself is not counted
    /// (民法典 第二百零一条), so 0 days gives <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="CalendarNotCoveredException">The count runs into a year without a notice.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days) => WalkWorkingDays(start, days, passed: null);

    /// <summary>Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toInclusive"/> is before <paramref name="fromExclusive"/>.</exception>
    /// <exception cref="CalendarNotCoveredException">The range touches a year without a notice.</exception>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toInclusive, fromExclusive);
        var count = 0;
        for (var date = fromExclusive; date < toInclusive;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) count++;
        }

        return count;
    }

    /// <summary>
    /// The last day of a period of <paramref name="calendarDays"/> days (日) from <paramref name="start"/>: the start day
    /// is not counted (民法典 第二百零一条), and a last day that is a 法定休假日 — a holiday or an ordinary weekend — moves
    /// to the next working day (第二百零三条). A make-up Saturday is a working day, so a period can end on it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendarDays"/> is less than 1.</exception>
    /// <exception cref="CalendarNotCoveredException">The end falls in a year without a notice.</exception>
    public DateOnly PeriodEnd(DateOnly start, int calendarDays) => RollForward(NominalEnd(start, calendarDays), rolled: null);

    /// <summary>The deadline for a period set by a provision, with the provision cited in the rule.</summary>
    public CalendarDeadline Deadline(DateOnly start, StatutoryPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Deadline(start, period.Days, period.Unit, period.Basis);
    }

    /// <summary>
    /// <see cref="AddWorkingDays"/> or <see cref="PeriodEnd"/> with the explanation a case stores: the rule text, the
    /// calendar version, the skipped rest days and the make-up working days counted.
    /// </summary>
    public CalendarDeadline Deadline(DateOnly start, int days, PeriodUnit unit, Bilingual? basis = null)
    {
        if (unit == PeriodUnit.WorkingDays)
        {
            var passed = new List<CalendarDay>();
            var date = WalkWorkingDays(start, days, passed);
            List<CalendarDay> skipped = [.. passed.Where(d => !d.IsWorkingDay)];
            List<CalendarDay> madeUp = [.. passed.Where(d => d.Kind == DayKind.MakeUpWorkday)];
            var assumed = AssumedYears(passed);
            var rule = DeadlineRules.MarkProvisional(DeadlineRules.WorkingDays(start, days, date, basis, Version), assumed);
            return new CalendarDeadline(date, start, days, unit, basis, rule, Version, skipped, madeUp) { AssumedYears = assumed };
        }

        var nominal = Describe(NominalEnd(start, days));
        var rolled = new List<CalendarDay>();
        var end = RollForward(nominal.Date, rolled);
        var assumedYears = AssumedYears([nominal, .. rolled]);
        var calendarRule = DeadlineRules.MarkProvisional(DeadlineRules.CalendarDays(start, days, nominal, end, basis, Version), assumedYears);
        return new CalendarDeadline(end, start, days, unit, basis, calendarRule, Version, rolled, []) { AssumedYears = assumedYears };
    }

    private static List<int> AssumedYears(IEnumerable<CalendarDay> days) => [.. days.Where(d => d.IsAssumed).Select(d => d.Date.Year).Distinct()];

    private DateOnly WalkWorkingDays(DateOnly start, int days, List<CalendarDay>? passed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            var day = Describe(date);
            passed?.Add(day);
            if (day.IsWorkingDay) counted++;
        }

        return date;
    }

    private static DateOnly NominalEnd(DateOnly start, int calendarDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calendarDays, 1);
        return start.AddDays(calendarDays);
    }

    private DateOnly RollForward(DateOnly date, List<CalendarDay>? rolled)
    {
        for (var day = Describe(date); !day.IsWorkingDay; day = Describe(day.Date.AddDays(1)))
        {
            rolled?.Add(day);
            date = day.Date.AddDays(1);
        }

        return date;
    }
}
