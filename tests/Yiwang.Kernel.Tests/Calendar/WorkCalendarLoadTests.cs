using Yiwang.Kernel.Calendar;
using static Yiwang.Kernel.Tests.Calendar.CalendarJson;
using static Yiwang.Kernel.Tests.Calendar.WorkCalendarTests;

namespace Yiwang.Kernel.Tests.Calendar;

public sealed class WorkCalendarLoadTests
{
    // A made-up 2027 notice: the real one was not published when this was written (reference sheet 5.2).
    private static readonly string Notice2027 = File("2027", string.Join(", ",
        Day("2027-02-06", true, "春节"), Day("2027-02-07", true, "春节"), Day("2027-02-08", true, "春节"), Day("2027-02-13", false, "春节")), "notice-2027");

    [Fact]
    public void The_default_calendar_loads_from_its_embedded_file_and_from_disk_alike()
    {
        var path = Path.Combine(Path.GetTempPath(), $"work-calendar-cn-{Guid.NewGuid():N}.json");
        using (var resource = typeof(WorkCalendar).Assembly.GetManifestResourceStream("Yiwang.Kernel.Data.work-calendar-cn.json")!)
        using (var file = System.IO.File.Create(path))
        {
            resource.CopyTo(file);
        }

        var fromDisk = WorkCalendar.LoadFile(path);
        Assert.Equal(WorkCalendar.Default.Version, fromDisk.Version);
        Assert.Equal(WorkCalendar.Default.AddWorkingDays(D("2025-09-26"), 10), fromDisk.AddWorkingDays(D("2025-09-26"), 10));
    }

    [Fact]
    public void Years_outside_the_calendar_are_refused_not_guessed()
    {
        var calendar = WorkCalendar.Default;
        Assert.False(calendar.Covers(D("2027-01-01")));
        Assert.False(calendar.Covers(D("2023-12-31")));
        var error = Assert.Throws<CalendarNotCoveredException>(() => calendar.IsWorkingDay(D("2027-02-08")));
        Assert.Equal(2027, error.Year);
        Assert.Contains("2024, 2025, 2026", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027", error.MessageZh, StringComparison.Ordinal);

        Assert.Throws<CalendarNotCoveredException>(() => calendar.AddWorkingDays(D("2026-12-28"), 10));
        Assert.Throws<CalendarNotCoveredException>(() => calendar.PeriodEnd(D("2026-12-10"), 30));
        Assert.Throws<CalendarNotCoveredException>(() => calendar.WorkingDaysBetween(D("2023-12-20"), D("2024-01-05")));
        Assert.Equal(D("2024-01-02"), calendar.AddWorkingDays(D("2023-12-31"), 1)); // the start day is never looked at
    }

    [Fact]
    public void Merging_a_new_notice_extends_the_calendar()
    {
        var merged = WorkCalendar.Default.Merge(Load(Notice2027));

        Assert.Equal([2024, 2025, 2026, 2027], merged.CoveredYears);
        Assert.Equal("2024-2026/holiday-cn-d4e53bf+notice-2027", merged.Version);
        Assert.Equal(DayKind.Holiday, merged.KindOf(D("2027-02-08")));
        Assert.Equal(DayKind.MakeUpWorkday, merged.KindOf(D("2027-02-13")));
        Assert.Equal(D("2027-01-04"), merged.AddWorkingDays(D("2026-12-28"), 5));
        Assert.Equal(D("2025-10-16"), merged.AddWorkingDays(D("2025-09-26"), 10)); // older years untouched
        Assert.Equal([2024, 2025, 2026], WorkCalendar.Default.CoveredYears); // Merge returns a new calendar
    }

    [Fact]
    public void A_corrected_year_replaces_all_of_that_years_entries()
    {
        // Suppose 2025's notice were corrected to move National Day to 10-01..10-03 only.
        var correction = Load(File("2025", string.Join(", ", Day("2025-10-01", true, "国庆节"), Day("2025-10-02", true, "国庆节"), Day("2025-10-03", true, "国庆节")), "fix-2025"));
        var merged = WorkCalendar.Default.Merge(correction);

        Assert.Equal(DayKind.Workday, merged.KindOf(D("2025-10-08")));
        Assert.Equal(DayKind.Weekend, merged.KindOf(D("2025-10-11"))); // the old make-up day went with the old entries
        Assert.Equal(DayKind.Workday, merged.KindOf(D("2025-01-28"))); // so did the old 春节: the correction is the whole year
        Assert.Equal(DayKind.Holiday, merged.KindOf(D("2026-02-16")));
    }

    [Fact]
    public void A_notice_may_move_a_day_of_the_previous_year()
    {
        var notice = Load(File("2027", string.Join(", ", Day("2026-12-31", true, "元旦", ", \"noticeYear\": 2027"), Day("2027-01-01", true, "元旦"))));
        var merged = WorkCalendar.Default.Merge(notice);

        Assert.Equal(DayKind.Holiday, merged.KindOf(D("2026-12-31")));
        Assert.Equal(DayKind.Holiday, merged.KindOf(D("2026-10-01"))); // the rest of 2026 is still the 2026 notice
    }

    [Theory]
    [InlineData("2025-10-09", false, "days[0] 2025-10-09: a make-up working day (isOffDay=false) must be a Saturday or Sunday, but this is a Thu")]
    [InlineData("2025-13-01", true, "days[0]: \"2025-13-01\" is not a date (YYYY-MM-DD)")]
    [InlineData("2025/10/01", true, "days[0]: \"2025/10/01\" is not a date (YYYY-MM-DD)")]
    [InlineData("2024-10-01", true, "days[0] 2024-10-01: belongs to the 2024 notice, but 2024 is not listed in \"years\"")]
    public void Bad_entries_are_named_in_the_error(string date, bool off, string expected) =>
        Assert.EndsWith(expected, LoadError(File("2025", Day(date, off))), StringComparison.Ordinal);

    [Fact]
    public void Duplicate_dates_and_wrong_weekdays_are_named()
    {
        Assert.EndsWith("days[2] 2025-10-01: the date is listed twice (also days[0])",
            LoadError(File("2025", string.Join(", ", Day("2025-10-01", true), Day("2025-10-02", true), Day("2025-10-01", true)))), StringComparison.Ordinal);
        Assert.Contains("days[0] 2025-10-01: \"weekday\" is \"Thu\" but the date is a Wed",
            LoadError(File("2025", Day("2025-10-01", true, extra: ", \"weekday\": \"Thu\""))), StringComparison.Ordinal);
        Assert.Contains("days[0] 2025-10-01: \"name\" is missing",
            LoadError(File("2025", """{"date": "2025-10-01", "isOffDay": true}""")), StringComparison.Ordinal);
        Assert.Contains("\"isOffDay\" must be true",
            LoadError(File("2025", """{"date": "2025-10-01", "name": "x", "isOffDay": "yes"}""")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_without_days_or_without_a_notice_is_refused()
    {
        Assert.Contains("year 2027 is listed in \"years\" but no day belongs to it",
            LoadError(File("2026, 2027", Day("2026-10-01", true))), StringComparison.Ordinal);
        Assert.Contains("year 2026 has no notice in \"papers\"",
            LoadError(File("2026", Day("2026-10-01", true), papers: "{}")), StringComparison.Ordinal);
        Assert.Contains("\"years\": 2026 appears twice", LoadError(File("2026, 2026", Day("2026-10-01", true))), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", LoadError("{ \"years\": "), StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\" must be 1", LoadError("{}"), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_names_the_file_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, File("2025", Day("2025-10-09", false)));
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => WorkCalendar.LoadFile(path));
            Assert.StartsWith(path + ": days[0] 2025-10-09", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
