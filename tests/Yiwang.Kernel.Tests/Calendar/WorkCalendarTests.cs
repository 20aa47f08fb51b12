using System.Globalization;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Kernel.Tests.Calendar;

public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Calendar = WorkCalendar.Default;

    internal static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Default_covers_2024_to_2026_and_cites_each_notice()
    {
        Assert.Equal([2024, 2025, 2026], Calendar.CoveredYears);
        Assert.Contains("holiday-cn", Calendar.Source, StringComparison.Ordinal);
        Assert.Equal("2024-2026/holiday-cn-d4e53bf", Calendar.Version);
        Assert.All(Calendar.CoveredYears, y => Assert.StartsWith("https://www.gov.cn/", Calendar.Papers[y][0], StringComparison.Ordinal));
    }

    // Reference sheet 5.3: 2024 = 251, 2025 = 248, 2026 = 248 working days.
    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Working_days_per_year_match_the_reference_counts(int year, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));

    [Theory]
    [InlineData(2024, 8)]
    [InlineData(2025, 5)]
    [InlineData(2026, 6)]
    public void Make_up_weekend_days_per_year_match_the_reference_counts(int year, int expected)
    {
        var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i));
        Assert.Equal(expected, days.Count(d => Calendar.KindOf(d) == DayKind.MakeUpWorkday));
    }

    [Theory]
    [InlineData("2025-09-26", "2025-10-16")] // counts make-up 09-28 (Sun) and 10-11 (Sat), skips 10-01..10-08
    [InlineData("2025-01-24", "2025-02-13")]
    [InlineData("2026-02-13", "2026-03-05")]
    [InlineData("2026-09-18", "2026-10-09")]
    public void Ten_working_days_match_the_worked_examples(string accepted, string deadline) =>
        Assert.Equal(D(deadline), Calendar.AddWorkingDays(D(accepted), 10));

    [Fact]
    public void Thirty_and_ninety_calendar_days_match_the_worked_examples()
    {
        Assert.Equal(D("2025-10-27"), Calendar.PeriodEnd(D("2025-09-26"), 30)); // nominal 10-26 is a Sunday (第二百零三条)
        Assert.Equal(D("2025-12-25"), Calendar.PeriodEnd(D("2025-09-26"), 90));
    }

    [Theory]
    [InlineData("2025-09-27", DayKind.Weekend, null)]
    [InlineData("2025-09-28", DayKind.MakeUpWorkday, "国庆节、中秋节")]
    [InlineData("2025-09-30", DayKind.Workday, null)]
    [InlineData("2025-10-01", DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2025-10-04", DayKind.Holiday, "国庆节、中秋节")] // a Saturday inside the block is a holiday, not a plain weekend
    [InlineData("2025-10-08", DayKind.Holiday, "国庆节、中秋节")]
    [InlineData("2025-10-09", DayKind.Workday, null)]
    [InlineData("2025-10-11", DayKind.MakeUpWorkday, "国庆节、中秋节")]
    [InlineData("2025-10-12", DayKind.Weekend, null)]
    public void National_day_block_2025_is_classified_day_by_day(string date, DayKind kind, string? name)
    {
        var day = Calendar.Describe(D(date));
        Assert.Equal(kind, day.Kind);
        Assert.Equal(name, day.HolidayName);
        Assert.Equal(kind is DayKind.Workday or DayKind.MakeUpWorkday, Calendar.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday → the make-up Sunday
    [InlineData("2025-09-28", 2, "2025-09-30")]
    [InlineData("2025-09-30", 1, "2025-10-09")] // across the whole 8-day block
    [InlineData("2025-10-03", 1, "2025-10-09")] // starting inside the block
    [InlineData("2025-10-10", 1, "2025-10-11")] // Friday → the make-up Saturday
    [InlineData("2025-10-11", 1, "2025-10-13")]
    public void Adding_working_days_around_the_2025_national_day_block(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2025-01-24", 1, "2025-01-26")] // make-up Sunday before 春节
    [InlineData("2025-01-27", 1, "2025-02-05")] // 除夕 01-28 .. 02-04 off
    [InlineData("2025-02-07", 1, "2025-02-08")] // make-up Saturday after
    [InlineData("2026-02-12", 1, "2026-02-13")]
    [InlineData("2026-02-13", 1, "2026-02-14")] // make-up Saturday before the 9-day block
    [InlineData("2026-02-14", 1, "2026-02-24")] // 02-15 .. 02-23 off
    [InlineData("2026-02-27", 1, "2026-02-28")] // make-up Saturday after
    public void Adding_working_days_around_spring_festival_2025_and_2026(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2024-12-31", 1, "2025-01-02")] // 2025-01-01 off, no make-up
    [InlineData("2025-12-31", 1, "2026-01-04")] // 2026-01-01..03 off, 01-04 (Sun) make-up
    [InlineData("2025-12-26", 5, "2026-01-05")]
    public void Adding_working_days_across_year_boundaries(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2025-10-01")] // a holiday start stays put: nothing is counted
    [InlineData("2025-09-30")]
    public void Adding_zero_working_days_returns_the_start(string start) =>
        Assert.Equal(D(start), Calendar.AddWorkingDays(D(start), 0));

    [Fact]
    public void Negative_days_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-05-06"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.PeriodEnd(D("2025-05-06"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.PeriodEnd(D("2025-05-06"), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(D("2025-05-06"), D("2025-05-05")));
    }

    [Theory]
    [InlineData("2025-09-26", 5, "2025-10-09")] // nominal 10-01: holiday → first working day after the block
    [InlineData("2025-09-30", 8, "2025-10-09")] // nominal 10-08, the last day off
    [InlineData("2025-12-31", 1, "2026-01-04")] // nominal 2026-01-01 → the make-up Sunday is the next working day
    [InlineData("2025-10-01", 10, "2025-10-11")] // nominal is the make-up Saturday: a working day, not moved
    [InlineData("2025-01-09", 30, "2025-02-08")] // same, after 春节
    [InlineData("2025-10-09", 2, "2025-10-11")]
    [InlineData("2025-10-10", 2, "2025-10-13")] // nominal is an ordinary Sunday → Monday
    [InlineData("2025-10-06", 3, "2025-10-09")]
    public void Period_end_moves_only_off_a_rest_day(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.PeriodEnd(D(start), days));

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2025-10-01"), D("2025-10-01")));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2025-09-30"), D("2025-10-08")));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D("2025-09-30"), D("2025-10-09")));
        Assert.Equal(10, Calendar.WorkingDaysBetween(D("2025-09-26"), D("2025-10-16")));
    }
}
