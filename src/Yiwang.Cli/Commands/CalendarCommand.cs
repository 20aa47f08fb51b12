using System.CommandLine;
using System.Globalization;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Cli.Commands;

/// <summary>
/// <c>yiwang calendar add-working-days|period-end --from YYYY-MM-DD --days N [--calendar FILE] [--explain]</c>:
/// the two ways 条例 第二十五条 counts (工作日 and 日), on the embedded calendar or one merged with a notice file.
/// </summary>
public static class CalendarCommand
{
    private const string DateFormat = "yyyy-MM-dd";

    public static Command Create()
    {
        var command = new Command("calendar", "Working-day calendar (工作日历): deadlines in working days or calendar days");
        command.Subcommands.Add(Counting("add-working-days",
            "The N-th working day after --from (the start day is not counted; 调休上班 days count, holidays and weekends do not)",
            minimumDays: 0, PeriodUnit.WorkingDays));
        command.Subcommands.Add(Counting("period-end",
            "The last day of an N-day period from --from (民法典 第二百零一、二百零三条: start day not counted, a rest-day end moves to the next working day)",
            minimumDays: 1, PeriodUnit.CalendarDays));
        return command;
    }

    private static Command Counting(string name, string description, int minimumDays, PeriodUnit unit)
    {
        var from = new Option<string>("--from") { Description = "Start date, YYYY-MM-DD (not counted)", Required = true };
        from.Validators.Add(r =>
        {
            if (!TryDate(r.GetValueOrDefault<string>(), out _)) r.AddError($"--from: '{r.GetValueOrDefault<string>()}' is not a date (YYYY-MM-DD)");
        });
        var days = new Option<int>("--days", "-n") { Description = unit == PeriodUnit.WorkingDays ? "Number of working days" : "Number of calendar days", Required = true };
        days.Validators.Add(r =>
        {
            // Only judge a value that parsed; GetValueOrDefault throws on "ten", which the parser reports by itself.
            if (r.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n < minimumDays)
            {
                r.AddError($"--days must be at least {minimumDays}");
            }
        });
        var calendarFile = new Option<string?>("--calendar") { Description = "A calendar file (a new or corrected year's notice) merged over the built-in calendar" };
        var explain = new Option<bool>("--explain") { Description = "Also print the rule and every skipped non-working day" };
        var provisional = new Option<bool>("--provisional")
        {
            Description = "Count a year after the last notice on the holidays fixed by law (no make-up days) instead of refusing; the date is marked provisional on stderr",
        };

        var command = new Command(name, description) { from, days, calendarFile, explain, provisional };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            TryDate(parse.GetRequiredValue(from), out var start);
            try
            {
                var calendar = parse.GetValue(calendarFile) is { } path ? WorkCalendar.Default.Merge(WorkCalendar.LoadFile(path)) : WorkCalendar.Default;
                if (parse.GetValue(provisional)) calendar = calendar.AssumingWeekdaysBeyondNotices();
                var deadline = calendar.Deadline(start, parse.GetValue(days), unit);
                output.WriteLine(deadline.Date.ToString(DateFormat, CultureInfo.InvariantCulture));
                if (deadline.IsProvisional)
                {
                    var years = string.Join(", ", deadline.AssumedYears);
                    error.WriteLine($"临时结果：{years} 年的节假日安排尚未录入，按法定节假日计算（不含调休） / provisional: no holiday notice for {years} yet; counted on the holidays fixed by law, without make-up days");
                }
                if (parse.GetValue(explain)) Explain(output, deadline);
                return CliRunner.Success;
            }
            catch (CalendarNotCoveredException ex)
            {
                error.WriteLine($"{ex.MessageZh}\n{ex.Message}");
                if (ex.Year > ex.CoveredYears.DefaultIfEmpty().Max()) error.WriteLine("（可加 --provisional 得到临时结果 / add --provisional for a provisional date）");
                return CliRunner.Usage;
            }
            catch (ArgumentOutOfRangeException)
            {
                error.WriteLine("--days 超出可计算的日期范围 / --days takes the date out of range");
                return CliRunner.Usage;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"无法使用工作日历文件 / cannot use the calendar file: {ex.Message}");
                return CliRunner.Usage;
            }
        });
        return command;
    }

    private static void Explain(TextWriter output, CalendarDeadline deadline)
    {
        output.WriteLine($"规则：{deadline.Rule.Zh}");
        output.WriteLine($"Rule: {deadline.Rule.En}");
        foreach (var day in deadline.SkippedDays.Concat(deadline.MakeUpWorkdays).OrderBy(d => d.Date))
        {
            output.WriteLine($"{(day.IsWorkingDay ? "counted" : "skipped")}  {Describe(day)}");
        }
    }

    private static string Describe(CalendarDay day)
    {
        var kind = day.Kind switch
        {
            DayKind.Holiday => "节假日 holiday",
            DayKind.Weekend => "休息日 weekend",
            DayKind.MakeUpWorkday => "调休上班 make-up working day",
            _ => "工作日 working day",
        };
        var date = day.Date.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture);
        return day.HolidayName is null ? $"{date}  {kind}" : $"{date}  {kind}  {day.HolidayName}";
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
