using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Kernel.Tests.Calendar;

/// <summary>A start date in the covered years and a count small enough that the result stays covered.</summary>
public sealed record CountFrom(DateOnly Start, int Days)
{
    public override string ToString() => $"{Start:yyyy-MM-dd} + {Days}";
}

public static class CalendarArbitraries
{
    private static readonly DateOnly First = new(2023, 12, 31);
    private static readonly DateOnly Last = new(2026, 8, 31);

    public static Arbitrary<CountFrom> Counts()
    {
        var counts =
            from offset in Gen.Choose(0, Last.DayNumber - First.DayNumber)
            from days in Gen.Choose(0, 60)
            select new CountFrom(First.AddDays(offset), days);
        return counts.ToArbitrary();
    }
}

public sealed class WorkCalendarProperties
{
    private static readonly WorkCalendar Calendar = WorkCalendar.Default;

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public bool AddWorkingDays_lands_on_a_working_day(CountFrom c) =>
        c.Days == 0 || Calendar.IsWorkingDay(Calendar.AddWorkingDays(c.Start, c.Days));

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public bool AddWorkingDays_is_strictly_increasing_in_the_count(CountFrom c) =>
        Calendar.AddWorkingDays(c.Start, c.Days) < Calendar.AddWorkingDays(c.Start, c.Days + 1);

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public bool WorkingDaysBetween_inverts_AddWorkingDays(CountFrom c) =>
        Calendar.WorkingDaysBetween(c.Start, Calendar.AddWorkingDays(c.Start, c.Days)) == c.Days;

    [Property(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
    public bool PeriodEnd_is_the_first_working_day_on_or_after_the_nominal_end(CountFrom c)
    {
        var days = c.Days + 1;
        var end = Calendar.PeriodEnd(c.Start, days);
        var nominal = c.Start.AddDays(days);
        return Calendar.IsWorkingDay(end) && end >= nominal
            && Enumerable.Range(0, end.DayNumber - nominal.DayNumber).All(i => !Calendar.IsWorkingDay(nominal.AddDays(i)));
    }
}
