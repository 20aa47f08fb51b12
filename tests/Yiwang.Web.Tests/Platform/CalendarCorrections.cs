using System.Globalization;
using System.Text.Json;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Web.Tests.Platform;

/// <summary>Holiday-notice files for tests that load a calendar correction through the admin API.</summary>
internal static class CalendarCorrections
{
    /// <summary>The make-up working day the correction drops: Saturday 2025-10-11 becomes a rest day.</summary>
    public static readonly DateOnly DroppedMakeUpDay = new(2025, 10, 11);

    /// <summary>The embedded 2025 year as a one-year notice file, minus the 2025-10-11 make-up working day.</summary>
    public static string Year2025WithoutOctober11(string version)
    {
        var calendar = WorkCalendar.Default;
        var days = new List<object>();
        for (var date = new DateOnly(2025, 1, 1); date.Year == 2025; date = date.AddDays(1))
        {
            var day = calendar.Describe(date);
            if (day.Kind is not (DayKind.Holiday or DayKind.MakeUpWorkday) || date == DroppedMakeUpDay) continue;
            days.Add(new { date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), name = day.HolidayName, isOffDay = day.Kind == DayKind.Holiday });
        }

        return JsonSerializer.Serialize(new
        {
            formatVersion = 1,
            version,
            source = "test data: a correction of 2025 made up for this test",
            years = new[] { 2025 },
            papers = new Dictionary<string, string[]> { ["2025"] = [.. calendar.Papers[2025]] },
            days,
        });
    }
}
