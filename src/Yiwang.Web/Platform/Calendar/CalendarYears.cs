using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Calendar;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Calendar;

internal sealed record CalendarDate(DateOnly Date, string Weekday, string? Name);

/// <param name="Origin">"embedded" or "notice #N".</param>
internal sealed record CalendarYear(int Year, string Origin, string OriginVersion, IReadOnlyList<string> Papers,
    IReadOnlyList<CalendarDate> Holidays, IReadOnlyList<CalendarDate> MakeUpWorkdays);

internal sealed record LoadedNotice(long Sequence, string Years, string Version, string LoadedBy, DateTimeOffset LoadedAt, string Sha256);

internal sealed record CalendarOverview(string Version, string Source, IReadOnlyList<CalendarYear> Years, IReadOnlyList<LoadedNotice> Notices);

/// <summary>What the admin page and <c>GET /api/v1/calendar/years</c> show: each covered year, its days off and make-up days, and where it came from.</summary>
internal sealed class CalendarYears(IWorkCalendarSource source, PlatformDbContext db)
{
    public async Task<CalendarOverview> DescribeAsync(CancellationToken cancellationToken)
    {
        var calendar = source.Current;
        var notices = await db.Set<CalendarNotice>().AsNoTracking().OrderBy(n => n.Sequence)
            .Select(n => new LoadedNotice(n.Sequence, n.Years, n.Version, n.LoadedBy, n.LoadedAt, n.Sha256)).ToListAsync(cancellationToken);
        var years = calendar.CoveredYears.Select(y => Describe(calendar, y, notices)).ToList();
        return new CalendarOverview(calendar.Version, calendar.Source, years, notices);
    }

    private static CalendarYear Describe(WorkCalendar calendar, int year, IReadOnlyList<LoadedNotice> notices)
    {
        var holidays = new List<CalendarDate>();
        var makeUp = new List<CalendarDate>();
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            var day = calendar.Describe(date);
            var entry = new CalendarDate(date, date.DayOfWeek.ToString()[..3], day.HolidayName);
            if (day.Kind == DayKind.Holiday) holidays.Add(entry);
            else if (day.Kind == DayKind.MakeUpWorkday) makeUp.Add(entry);
        }

        // The last loaded notice naming the year replaced it as a whole (WorkCalendar.Merge), so it is the year's origin.
        var last = notices.LastOrDefault(n => n.Years.Split(',').Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var papers = calendar.Papers.TryGetValue(year, out var list) ? list : [];
        return last is null
            ? new CalendarYear(year, "embedded", WorkCalendar.Default.Version, papers, holidays, makeUp)
            : new CalendarYear(year, $"notice #{last.Sequence}", last.Version, papers, holidays, makeUp);
    }
}
